package org.yici.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yici.rules.build.BuildProblem;
import org.yici.rules.build.RuleBook;
import org.yici.rules.build.RuleBuildException;
import org.yici.rules.build.RuleSource;

/** What a rule maintainer sees when a change is wrong: every problem, with file and line. */
class RuleBookBuildTest {
    static RuleSource shipped;

    @BeforeAll
    static void read() {
        shipped = RuleSource.directory(Path.of("."));
    }

    @Test
    void buildsTheShippedRulesWithAVersionHash() {
        RuleBook book = RuleBook.build(shipped);
        assertThat(book.version()).matches("sha256:[0-9a-f]{64}");
        assertThat(book.matters()).containsKey("GTGSH-SL");
        assertThat(book.data().materialTypes()).containsKeys("ID_CARD", "POWER_OF_ATTORNEY");
        assertThat(book.data().calendar().knownYears()).contains(2025, 2026);
        assertThat(book.data().bundles()).containsKey("QYKB");
    }

    @Test
    void versionChangesWithAnyRuleFile() {
        String edited = shipped.text("matters/GTGSH-SL/requirements.drl") + "\n// edited\n";
        assertThat(shipped.with("matters/GTGSH-SL/requirements.drl", edited).version())
                .isNotEqualTo(shipped.version());
        assertThat(RuleSource.directory(Path.of(".")).version()).isEqualTo(shipped.version());
    }

    @Test
    void reportsADrlSyntaxErrorWithItsFileAndLine() {
        String drl = shipped.text("matters/GTGSH-SL/requirements.drl")
                .replace(
                        "agentPresent )\nthen\n    insertLogical( Need.of( \"GTGSH-SL-04\"",
                        "agentPresent ) )\nthen\n    insertLogical( Need.of( \"GTGSH-SL-04\"");
        assertThat(drl).isNotEqualTo(shipped.text("matters/GTGSH-SL/requirements.drl"));
        var e = catchThrowableOfType(
                RuleBuildException.class, () -> RuleBook.build(shipped.with("matters/GTGSH-SL/requirements.drl", drl)));
        assertThat(e.problems()).isNotEmpty().allMatch(BuildProblem::isError);
        BuildProblem first = e.problems().get(0);
        assertThat(first.file()).isEqualTo("matters/GTGSH-SL/requirements.drl");
        assertThat(first.line()).isEqualTo(lineOf(drl, "agentPresent ) )"));
    }

    @Test
    void rejectsADuplicateRuleName() {
        String drl = shipped.text("matters/GTGSH-SL/requirements.drl")
                + "\nrule \"GTGSH-SL-01 提交个体工商户登记（备案）申请书\"\nwhen\n    MatterCase( matter == \"GTGSH-SL\" )\nthen\nend\n";
        var e = catchThrowableOfType(
                RuleBuildException.class, () -> RuleBook.build(shipped.with("matters/GTGSH-SL/requirements.drl", drl)));
        assertThat(e.problems())
                .anyMatch(p -> p.file().equals("matters/GTGSH-SL/requirements.drl")
                        && p.message().contains("GTGSH-SL-01 提交个体工商户登记（备案）申请书"));
    }

    @Test
    void rejectsARuleThatNeedsAMaterialNoMatterDescribes() {
        String drl = shipped.text("matters/GTGSH-SL/requirements.drl")
                .replace("Need.of( \"GTGSH-SL-07\"", "Need.of( \"GTGSH-SL-70\"");
        var e = catchThrowableOfType(
                RuleBuildException.class, () -> RuleBook.build(shipped.with("matters/GTGSH-SL/requirements.drl", drl)));
        assertThat(e.problems())
                .anyMatch(p -> p.message().contains("GTGSH-SL-70") && p.line() == lineOf(drl, "rule \"GTGSH-SL-07"));
    }

    @Test
    void rejectsAMaterialTypeTheDictionaryDoesNotKnow() {
        String yaml = shipped.text("matters/GTGSH-SL/matter.yaml").replace("type: PERMIT", "type: LICENCE_X");
        var e = catchThrowableOfType(
                RuleBuildException.class, () -> RuleBook.build(shipped.with("matters/GTGSH-SL/matter.yaml", yaml)));
        assertThat(e.problems()).anyMatch(p -> p.message().contains("LICENCE_X"));
    }

    @Test
    void reportsAMisspeltYamlFieldWithItsLine() {
        String yaml = shipped.text("matters/GTGSH-SL/matter.yaml")
                .replace("  - code: GTGSH-SL-06\n", "  - cod: GTGSH-SL-06\n");
        var e = catchThrowableOfType(
                RuleBuildException.class, () -> RuleBook.build(shipped.with("matters/GTGSH-SL/matter.yaml", yaml)));
        assertThat(e.problems())
                .anyMatch(p -> p.file().equals("matters/GTGSH-SL/matter.yaml")
                        && p.line() == lineOf(yaml, "  - cod: GTGSH-SL-06")
                        && p.message().contains("cod"));
    }

    @Test
    void packagedRulesAreTheSameAsTheFolder() {
        assertThat(RuleSource.classpath().files().keySet())
                .isEqualTo(shipped.files().keySet());
        assertThat(RuleSource.classpath().version()).isEqualTo(shipped.version());
    }

    private static int lineOf(String text, String needle) {
        int at = text.indexOf(needle);
        assertThat(at).as(needle).isNotNegative();
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}
