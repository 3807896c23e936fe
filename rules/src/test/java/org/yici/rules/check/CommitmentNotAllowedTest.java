package org.yici.rules.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yici.rules.build.RuleBook;
import org.yici.rules.build.RuleSource;
import org.yici.rules.data.Yaml;
import org.yici.rules.model.Decision;
import org.yici.rules.model.FindingCode;

/**
 * A written commitment (告知承诺) for a material whose guide allows none is a finding on that
 * material, not a refused request: the applicant hears every defect of the package at once.
 */
class CommitmentNotAllowedTest {
    static Checker checker;

    @BeforeAll
    static void build() {
        checker = new Checker(RuleBook.build(RuleSource.directory(Path.of("."))));
    }

    static CheckRequest request(String materials) {
        return Yaml.read(
                "request.yaml",
                """
                matter: GTGSH-SL
                applicationDate: 2026-03-02
                applicant: {type: PERSON, name: 张三, idNumber: 11010519491231002X}
                agent: {name: 李四, idNumber: "110101199003070011"}
                commitments: ["CERT:GTGSH-SL-01"]
                materials:
                """
                        + materials,
                CheckRequest.class);
    }

    @Test
    void commitmentInsteadOfTheApplicationFormLeavesItMissingSaysWhyAndListsEveryOtherDefect() {
        CheckOutcome outcome = checker.check(request("  - {code: GTGSH-SL-03, form: COPY, copies: 1}\n"));

        assertThat(outcome.decision()).isEqualTo(Decision.CORRECTION_REQUIRED);
        assertThat(outcome.findings())
                .extracting(f -> f.code() + " " + f.material())
                .containsExactlyInAnyOrder(
                        "MISSING GTGSH-SL-01", "MISSING GTGSH-SL-02", "MISSING GTGSH-SL-04", "MISSING GTGSH-SL-05");
        CheckOutcome.FindingView form = outcome.findings().stream()
                .filter(f -> f.material().equals("GTGSH-SL-01"))
                .findFirst()
                .orElseThrow();
        assertThat(form.message()).startsWith("缺少个体工商户登记（备案）申请书").contains("书面承诺不能替代本材料", "国办发〔2020〕42号");
        assertThat(form.basis()).isNotBlank();
        assertThat(outcome.waived()).isEmpty();
        assertThat(outcome.findings())
                .filteredOn(f -> !f.material().equals("GTGSH-SL-01"))
                .allSatisfy(f -> assertThat(f.message()).doesNotContain("书面承诺"));
    }

    @Test
    void commitmentNextToTheMaterialItselfChangesNothing() {
        CheckOutcome outcome = checker.check(
                request(
                        """
                  - {code: GTGSH-SL-01, form: ORIGINAL, copies: 1}
                  - {code: GTGSH-SL-02, form: COPY, copies: 1}
                  - {code: GTGSH-SL-03, form: COPY, copies: 1}
                  - {code: GTGSH-SL-04, form: ORIGINAL, copies: 1}
                  - {code: GTGSH-SL-05, form: COPY, copies: 1}
                """));

        assertThat(outcome.decision()).isEqualTo(Decision.ACCEPTED);
        assertThat(outcome.findings()).isEmpty();
    }

    @Test
    void aCommitmentInTheWrongFormIsStillNamed() {
        CheckOutcome outcome = checker.check(
                request(
                        """
                  - {code: GTGSH-SL-01, form: COPY, copies: 1}
                  - {code: GTGSH-SL-02, form: COPY, copies: 1}
                  - {code: GTGSH-SL-03, form: COPY, copies: 1}
                  - {code: GTGSH-SL-04, form: ORIGINAL, copies: 1}
                  - {code: GTGSH-SL-05, form: COPY, copies: 1}
                """));

        assertThat(outcome.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.WRONG_FORM);
            assertThat(f.message()).contains("书面承诺不能替代本材料");
        });
    }
}
