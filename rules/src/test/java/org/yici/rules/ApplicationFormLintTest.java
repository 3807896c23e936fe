package org.yici.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.yici.rules.build.BuildProblem;
import org.yici.rules.build.RuleBook;
import org.yici.rules.build.RuleBuildException;
import org.yici.rules.build.RuleSource;
import org.yici.rules.data.FormPaths;

/** A matter's pre-filled application form names only data the engine knows, checked at build. */
class ApplicationFormLintTest {
    static final RuleSource SHIPPED = RuleSource.directory(Path.of("."));
    static final String FILE = "matters/GTGSH-SL/matter.yaml";

    @Test
    void shippedFormsOfGtgshAndGsNameOnlyKnownPaths() {
        RuleBook book = RuleBook.build(SHIPPED);
        for (String matter : new String[] {"GTGSH-SL", "GS-SL"}) {
            var form = book.matters().get(matter).applicationForm();
            assertThat(form).as(matter).isNotNull();
            assertThat(form.fields())
                    .extracting(f -> f.path())
                    .filteredOn(p -> p != null)
                    .isNotEmpty()
                    .allMatch(FormPaths::isKnown);
        }
    }

    @Test
    void reportsAnUnknownDataPathWithItsLineAndColumn() {
        String yaml = SHIPPED.text(FILE).replace("path: premises.address}", "path: premises.adress}");
        assertThat(yaml).isNotEqualTo(SHIPPED.text(FILE));
        var e = catchThrowableOfType(RuleBuildException.class, () -> RuleBook.build(SHIPPED.with(FILE, yaml)));
        String line = "    - {label: 经营场所, path: premises.adress}";
        int lineNumber = java.util.Arrays.asList(yaml.split("\n")).indexOf(line) + 1;
        assertThat(lineNumber).isPositive();
        BuildProblem problem = e.problems().stream()
                .filter(p -> p.message().contains("premises.adress"))
                .findFirst()
                .orElseThrow();
        assertThat(problem.isError()).isTrue();
        assertThat(problem.toString())
                .startsWith(FILE + ":" + lineNumber + ":" + (line.indexOf("premises.adress") + 1) + ": ERROR");
        assertThat(problem.message()).contains("经营场所");
    }

    @Test
    void rejectsAFormHandedInAsAMaterialThatIsNoApplicationForm() {
        String yaml = SHIPPED.text(FILE).replace("material: GTGSH-SL-01", "material: GTGSH-SL-02");
        var e = catchThrowableOfType(RuleBuildException.class, () -> RuleBook.build(SHIPPED.with(FILE, yaml)));
        assertThat(e.problems())
                .anyMatch(
                        p -> p.message().contains("GTGSH-SL-02") && p.message().contains("APPLICATION_FORM"));
    }
}
