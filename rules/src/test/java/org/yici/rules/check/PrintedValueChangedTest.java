package org.yici.rules.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yici.rules.build.RuleBook;
import org.yici.rules.build.RuleSource;
import org.yici.rules.data.Yaml;
import org.yici.rules.model.FindingCode;
import org.yici.rules.model.PrintedValueChanged;

/**
 * A pre-filled form (智能预填) handed back that states a printed value otherwise is INCONSISTENT at
 * that field, naming what was printed; the change is about the form's own package item only.
 */
class PrintedValueChangedTest {
    static Checker checker;

    @BeforeAll
    static void build() {
        checker = new Checker(RuleBook.build(RuleSource.directory(Path.of("."))));
    }

    static CheckRequest request() {
        return Yaml.read(
                "request.yaml",
                """
                matter: GTGSH-SL
                applicationDate: 2026-03-02
                applicant: {type: PERSON, name: 张三, idNumber: 11010519491231002X}
                materials:
                  - {id: form, code: GTGSH-SL-01, form: ORIGINAL, copies: 1}
                  - {id: id, code: GTGSH-SL-02, form: COPY, copies: 1}
                  - {id: lease, code: GTGSH-SL-03, form: COPY, copies: 1}
                """,
                CheckRequest.class);
    }

    static PrintedValueChanged addressChanged(String material) {
        return new PrintedValueChanged(
                material, "申请书.pdf", 1, "premises.address", "经营场所", "北京市东城区东四北大街88号", "北京市东城区东四北大街89号", "260302123456");
    }

    @Test
    void aChangedPrintedValueIsInconsistentAtItsField() {
        CheckOutcome outcome =
                checker.check(request(), CheckContext.NONE.withPrintedChanges(List.of(addressChanged("form"))));

        assertThat(outcome.findings())
                .filteredOn(f -> f.code() == FindingCode.INCONSISTENT)
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.material()).isEqualTo("GTGSH-SL-01");
                    assertThat(f.where().field()).isEqualTo("premises.address");
                    assertThat(f.where().label()).isEqualTo("经营场所");
                    assertThat(f.where().page()).isEqualTo(1);
                    assertThat(f.message()).contains("经营场所").contains("预填时打印的内容（北京市东城区东四北大街88号）");
                });
    }

    @Test
    void withoutChangesNothingIsInconsistent() {
        assertThat(checker.check(request(), CheckContext.NONE).findings())
                .noneMatch(f -> f.code() == FindingCode.INCONSISTENT);
    }

    @Test
    void aChangeReportedForAnotherMaterialThanTheFormIsNoFinding() {
        // Only the application form's item is compared with a printed form.
        CheckOutcome outcome =
                checker.check(request(), CheckContext.NONE.withPrintedChanges(List.of(addressChanged("lease"))));
        assertThat(outcome.findings()).noneMatch(f -> f.code() == FindingCode.INCONSISTENT);
    }
}
