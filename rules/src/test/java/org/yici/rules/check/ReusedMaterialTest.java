package org.yici.rules.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yici.rules.build.RuleBook;
import org.yici.rules.build.RuleSource;
import org.yici.rules.data.Yaml;
import org.yici.rules.model.Decision;
import org.yici.rules.model.ReusedMaterial;
import org.yici.rules.model.WaiverReason;

/**
 * A material its holder handed in before (免于提交) waives the requirement of the same type whose
 * subject is that holder, and no other: the agent's ID card never stands for the applicant's.
 */
class ReusedMaterialTest {
    static Checker checker;

    static final String APPLICANT_ID = "11010519491231002X";
    static final String AGENT_ID = "110101199003070011";

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
                agent: {name: 李四, idNumber: "110101199003070011"}
                materials:
                  - {code: GTGSH-SL-01, form: ORIGINAL, copies: 1}
                  - {code: GTGSH-SL-03, form: COPY, copies: 1}
                  - {code: GTGSH-SL-04, form: ORIGINAL, copies: 1}
                """,
                CheckRequest.class);
    }

    static ReusedMaterial idCardOf(String holder) {
        return new ReusedMaterial("ID_CARD", holder, "01EARLIERCHECK", "GS-SL-08", LocalDate.of(2026, 1, 5));
    }

    static CheckOutcome check(ReusedMaterial... reused) {
        return checker.check(request(), CheckContext.NONE.withReused(List.of(reused)));
    }

    @Test
    void withoutReuseBothIdCopiesAreMissing() {
        assertThat(check().findings())
                .extracting(f -> f.code() + " " + f.material())
                .containsExactlyInAnyOrder("MISSING GTGSH-SL-02", "MISSING GTGSH-SL-05");
    }

    @Test
    void theAgentsIdCardHandedInBeforeWaivesTheAgentsIdCopyOnly() {
        CheckOutcome outcome = check(idCardOf(AGENT_ID));

        assertThat(outcome.findings())
                .extracting(f -> f.code() + " " + f.material())
                .containsExactly("MISSING GTGSH-SL-02");
        assertThat(outcome.waived()).singleElement().satisfies(w -> {
            assertThat(w.material()).isEqualTo("GTGSH-SL-05");
            assertThat(w.reason()).isEqualTo(WaiverReason.REUSED);
            assertThat(w.basis()).isEqualTo("已于2026年1月5日随办件 01EARLIERCHECK 提交（GS-SL-08），免于重复提交");
            assertThat(w.source()).startsWith("common/waive.drl:");
        });
    }

    @Test
    void bothHoldersIdCardsHandedInBeforeLeaveNothingMissing() {
        CheckOutcome outcome = check(idCardOf(AGENT_ID), idCardOf(APPLICANT_ID));

        assertThat(outcome.decision()).isEqualTo(Decision.ACCEPTED);
        assertThat(outcome.waived())
                .extracting(w -> w.material() + " " + w.reason())
                .containsExactlyInAnyOrder("GTGSH-SL-02 REUSED", "GTGSH-SL-05 REUSED");
    }

    @Test
    void anotherPersonsIdCardWaivesNothing() {
        CheckOutcome outcome = check(idCardOf("110101199001010015"));

        assertThat(outcome.waived()).isEmpty();
        assertThat(outcome.findings()).hasSize(2);
    }

    @Test
    void aMaterialOfAnotherTypeWaivesNothing() {
        CheckOutcome outcome = checker.check(
                request(),
                CheckContext.NONE.withReused(List.of(new ReusedMaterial(
                        "BUSINESS_LICENSE", APPLICANT_ID, "01EARLIERCHECK", "YZ-BA-02", LocalDate.of(2026, 1, 5)))));

        assertThat(outcome.waived()).isEmpty();
    }
}
