package org.yici.engine.notice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.yici.engine.check.CheckResult;
import org.yici.rules.build.RuleBook;
import org.yici.rules.build.RuleSource;
import org.yici.rules.check.Checker;
import org.yici.rules.model.WaiverReason;
import org.yici.rules.scenario.CancelledInvariant;

/**
 * A notice never names a cancelled certificate, even when the matter's rules are out of date and
 * still require one (here GTGSH-SL asks for two certificates on the cancelled list).
 */
class NoticeCancelledCertificatesTest {
    static final String LEGACY_MATERIALS =
            """
              - code: GTGSH-SL-08
                name: 村（居）委会出具的亲属关系证明
                form: ORIGINAL
                copies: 1
                core: false
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

            rule "GTGSH-SL-08 提交亲属关系证明"
            when
                MatterCase( matter == "GTGSH-SL" )
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

    /** The legacy rows at the end of the materials list, before any section that follows it. */
    static String withLegacyMaterials(String matterYaml) {
        int next = matterYaml.indexOf("\napplicationForm:");
        return next < 0
                ? matterYaml + LEGACY_MATERIALS
                : matterYaml.substring(0, next + 1) + LEGACY_MATERIALS + matterYaml.substring(next + 1);
    }

    @Test
    void aCorrectionNoticeOnOutOfDateRulesNamesNoCancelledCertificate() {
        RuleSource shipped = RuleSource.classpath();
        RuleBook outdated = RuleBook.build(shipped.with(
                        "matters/GTGSH-SL/matter.yaml",
                        withLegacyMaterials(shipped.text("matters/GTGSH-SL/matter.yaml")))
                .with(
                        "matters/GTGSH-SL/requirements.drl",
                        shipped.text("matters/GTGSH-SL/requirements.drl") + LEGACY_RULES));
        var outcome = new Checker(outdated).check(NoticeFixtures.request(NoticeFixtures.AGENT_WITHOUT_PAPERS));
        assertThat(outcome.waived())
                .extracting(w -> w.reason())
                .containsOnly(WaiverReason.CANCELLED)
                .hasSize(2);
        CheckResult result = NoticeFixtures.result(outcome, "01TESTCANCELLED");

        NoticeRenderer.Rendered rendered = new NoticeRenderer(NoticeFixtures.properties())
                .render(
                        result,
                        NoticeFixtures.request(NoticeFixtures.AGENT_WITHOUT_PAPERS),
                        outdated,
                        "示政〔2026〕00043号",
                        null);
        NoticeFixtures.keep("correction-cancelled", rendered.pdf());
        String pdfText = NoticeFixtures.text(rendered.pdf());

        assertThat(CancelledInvariant.violations(outdated, pdfText)).isEmpty();
        assertThat(CancelledInvariant.violations(outdated, rendered.html())).isEmpty();
        assertThat(NoticeFixtures.flat(pdfText)).contains("缺少授权委托书");
    }
}
