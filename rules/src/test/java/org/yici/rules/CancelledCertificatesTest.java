package org.yici.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.yici.rules.build.RuleBook;
import org.yici.rules.build.RuleSource;
import org.yici.rules.check.CheckOutcome;
import org.yici.rules.check.CheckRequest;
import org.yici.rules.check.CheckRequest.Material;
import org.yici.rules.check.CheckRequest.Party;
import org.yici.rules.check.Checker;
import org.yici.rules.model.ApplicantType;
import org.yici.rules.model.Form;
import org.yici.rules.model.WaiverReason;
import org.yici.rules.scenario.CancelledInvariant;

/**
 * A cancelled certificate is never asked for, even when a matter's rules are out of date: here
 * GTGSH-SL is given two legacy materials that name cancelled certificates (C-007, C-008).
 */
class CancelledCertificatesTest {

    static final String LEGACY_MATERIALS =
            """
              - code: GTGSH-SL-08
                name: 村（居）委会出具的亲属关系证明
                form: ORIGINAL
                copies: 1
                core: false
                when: 个体工商户为家庭经营时
                type: OTHER
                requirement: 证明家庭成员关系
              - code: GTGSH-SL-09
                name: 村（居）委会出具的市场主体住所证明
                form: ORIGINAL
                copies: 1
                core: true
                type: OTHER
                requirement: 证明经营场所
            """;

    static final String LEGACY_RULES =
            """

            rule "GTGSH-SL-08 家庭经营时提交亲属关系证明"
            when
                MatterCase( matter == "GTGSH-SL", situation( "familyBusiness" ) == "true" )
            then
                insertLogical( Need.of( "GTGSH-SL-08", drools.getRule() ) );
            end

            rule "GTGSH-SL-09 提交住所证明"
            when
                MatterCase( matter == "GTGSH-SL" )
            then
                insertLogical( Need.of( "GTGSH-SL-09", drools.getRule() ) );
            end
            """;

    // Static initialisation: this class mixes JUnit tests and jqwik properties, which have
    // different lifecycles.
    static final RuleBook outdated = buildOutdated();
    static final Checker checker = new Checker(outdated);

    static RuleBook buildOutdated() {
        RuleSource shipped = RuleSource.directory(Path.of("."));
        return RuleBook.build(shipped.with(
                        "matters/GTGSH-SL/matter.yaml",
                        withLegacyMaterials(shipped.text("matters/GTGSH-SL/matter.yaml")))
                .with(
                        "matters/GTGSH-SL/requirements.drl",
                        shipped.text("matters/GTGSH-SL/requirements.drl") + LEGACY_RULES));
    }

    /** The legacy rows at the end of the materials list, before any section that follows it. */
    static String withLegacyMaterials(String matterYaml) {
        int next = matterYaml.indexOf("\napplicationForm:");
        return next < 0
                ? matterYaml + LEGACY_MATERIALS
                : matterYaml.substring(0, next + 1) + LEGACY_MATERIALS + matterYaml.substring(next + 1);
    }

    @Test
    void outOfDateRulesBuildButTheLintWarnsWithFileAndLine() {
        assertThat(outdated.warnings())
                .filteredOn(w -> w.message().contains("still requires cancelled certificate"))
                .extracting(w -> w.file() + ":" + w.line() + " " + w.message().substring(0, 30))
                .hasSize(2)
                .allMatch(s -> s.startsWith("matters/GTGSH-SL/requirements.drl:"));
    }

    @Test
    void aPackageWithoutCancelledCertificatesIsAcceptedAndTheyAreWaivedWithoutName() {
        CheckOutcome outcome = checker.check(request(
                List.of(
                        new Material("a", "GTGSH-SL-01", Form.ORIGINAL, 1, null, null),
                        new Material("b", "GTGSH-SL-02", Form.COPY, 1, null, null),
                        new Material("c", "GTGSH-SL-03", Form.COPY, 1, null, null),
                        new Material("d", "GTGSH-SL-07", Form.COPY, 1, null, null)),
                true,
                ApplicantType.PERSON));
        assertThat(outcome.decision().name()).isEqualTo("ACCEPTED");
        assertThat(outcome.waived())
                .extracting(w -> w.material() + " " + w.reason())
                .containsExactlyInAnyOrder("GTGSH-SL-08 CANCELLED", "GTGSH-SL-09 CANCELLED");
        assertThat(outcome.waived()).allSatisfy(w -> {
            assertThat(w.name()).isNull();
            assertThat(w.basis()).contains("已取消");
        });
        assertThat(outcome.checklist()).extracting(i -> i.material()).doesNotContain("GTGSH-SL-08", "GTGSH-SL-09");
        assertThat(CancelledInvariant.violations(outdated, outcome)).isEmpty();
    }

    @Property(tries = 300)
    void noCancelledCertificateAppearsInAnyResult(@ForAll("requests") CheckRequest request) {
        CheckOutcome outcome = checker.check(request);
        assertThat(CancelledInvariant.violations(outdated, outcome)).isEmpty();
        assertThat(outcome.findings())
                .noneMatch(f -> "GTGSH-SL-08".equals(f.material()) || "GTGSH-SL-09".equals(f.material()));
        assertThat(outcome.waived())
                .filteredOn(w -> w.reason() == WaiverReason.CANCELLED)
                .hasSizeBetween(1, 2);
    }

    @Provide
    Arbitrary<CheckRequest> requests() {
        Arbitrary<Material> material = Combinators.combine(
                        Arbitraries.integers().between(1, 9),
                        Arbitraries.of(Form.ORIGINAL, Form.COPY, Form.ELECTRONIC),
                        Arbitraries.integers().between(0, 2))
                .as((n, form, copies) -> new Material(null, "GTGSH-SL-0" + n, form, copies, null, null));
        return Combinators.combine(
                        material.list().ofMaxSize(10),
                        Arbitraries.of(true, false),
                        Arbitraries.of(ApplicantType.values()))
                .as((list, family, type) -> {
                    List<Material> withIds = new ArrayList<>();
                    for (int i = 0; i < list.size(); i++) {
                        Material m = list.get(i);
                        withIds.add(new Material("m" + i, m.code(), m.form(), m.copies(), null, null));
                    }
                    return request(withIds, family, type);
                });
    }

    static CheckRequest request(List<Material> materials, boolean family, ApplicantType type) {
        return new CheckRequest(
                "GTGSH-SL",
                LocalDate.of(2026, 3, 2),
                "WINDOW",
                new Party(type, "张三", "11010519491231002X", null),
                null,
                Map.of("familyBusiness", family),
                List.of(),
                List.of(),
                materials);
    }
}
