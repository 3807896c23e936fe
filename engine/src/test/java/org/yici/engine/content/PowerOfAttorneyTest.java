package org.yici.engine.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yici.engine.ingest.DocumentEvidence;
import org.yici.rules.check.CheckOutcome.FindingView;
import org.yici.rules.check.CheckRequest.Party;
import org.yici.rules.model.ApplicantType;
import org.yici.rules.model.FindingCode;

/**
 * A generated scan of a power of attorney (授权委托书), read by real Tesseract: its fields, and what
 * the rules make of them when an agent hands in GTGSH-SL (个体工商户设立登记) for the applicant.
 */
class PowerOfAttorneyTest {
    static final Font FONT = CorpusReading.font();
    static final Party ZHANG_SAN = new Party(ApplicantType.PERSON, "张三", "11010519491231002X", null);
    static final Party LI_SI = new Party(ApplicantType.PERSON, "李四", null, null);
    static final String SIGN_HERE = "委托人（签字）：";

    static List<String> lines(String term) {
        return List.of(
                "委托人：张三",
                "受托人：李四",
                "受托人身份证号：110101199003070011",
                "委托事项：代为办理个体工商户设立登记",
                "委托期限：" + term,
                SIGN_HERE,
                "日期：2026年3月1日");
    }

    static DocumentEvidence valid;
    static DocumentEvidence unsigned;
    static DocumentEvidence lapsed;

    @BeforeAll
    static void read() {
        List<String> current = lines("自2026年3月1日起至2026年6月30日止");
        BufferedImage page = ScanPages.a4(FONT, "授权委托书", current);
        BufferedImage signed = ScanPages.signed(page, FONT, current.indexOf(SIGN_HERE), SIGN_HERE);
        valid = ScanCheck.read("GTGSH-SL-04", "poa.png", ScanPages.png(signed));
        unsigned = ScanCheck.read("GTGSH-SL-04", "poa.png", ScanPages.png(page));
        List<String> old = lines("自2025年9月1日起至2026年2月28日止");
        BufferedImage oldPage = ScanPages.a4(FONT, "授权委托书", old);
        lapsed = ScanCheck.read(
                "GTGSH-SL-04",
                "poa.png",
                ScanPages.png(ScanPages.signed(oldPage, FONT, old.indexOf(SIGN_HERE), SIGN_HERE)));
    }

    private static List<FindingView> check(DocumentEvidence poa, Party applicant, Party agent) {
        List<String> ticked = new ArrayList<>(List.of("GTGSH-SL-01", "GTGSH-SL-02", "GTGSH-SL-03", "GTGSH-SL-05"));
        return ScanCheck.check("GTGSH-SL", applicant, agent, Map.of("GTGSH-SL-04", poa), ticked)
                .findings();
    }

    @Test
    void everyFieldOfThePowerOfAttorneyIsReadWithItsPage() {
        assertThat(valid.type()).isEqualTo("POWER_OF_ATTORNEY");
        Map<String, String> fields =
                valid.fields().stream().collect(Collectors.toMap(ReadField::field, ReadField::value));
        assertThat(fields)
                .containsEntry("principalName", "张三")
                .containsEntry("name", "李四")
                .containsEntry("idNumber", "110101199003070011")
                .containsEntry("matters", "代为办理个体工商户设立登记")
                .containsEntry("validUntil", "2026-06-30")
                .containsEntry("date", "2026-03-01");
        assertThat(valid.fields()).allSatisfy(f -> assertThat(f.page()).isEqualTo(1));
    }

    @Test
    void aPowerOfAttorneyGivenByTheApplicantToTheAgentIsAccepted() {
        assertThat(check(valid, ZHANG_SAN, LI_SI)).isEmpty();
    }

    @Test
    void aPowerOfAttorneyNamingAnotherAgentIsInconsistentWithTheAgent() {
        Party wangWu = new Party(ApplicantType.PERSON, "王五", null, null);
        assertThat(check(valid, ZHANG_SAN, wangWu)).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.INCONSISTENT);
            assertThat(f.material()).isEqualTo("GTGSH-SL-04");
            assertThat(f.message()).contains("（poa.png第1页）所载受托人与代理人不一致");
        });
    }

    @Test
    void aPowerOfAttorneyGivenBySomeoneElseIsInconsistentWithTheApplicant() {
        Party zhaoLiu = new Party(ApplicantType.PERSON, "赵六", "110101199003070011", null);
        assertThat(check(valid, zhaoLiu, LI_SI))
                .filteredOn(f -> f.material().equals("GTGSH-SL-04"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.code()).isEqualTo(FindingCode.INCONSISTENT);
                    assertThat(f.message()).contains("（poa.png第1页）所载委托人与申请人不一致");
                });
    }

    @Test
    void aPowerOfAttorneyWhoseTermEndedBeforeTheApplicationHasExpired() {
        assertThat(check(lapsed, ZHANG_SAN, LI_SI)).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.EXPIRED);
            assertThat(f.message()).contains("（poa.png第1页）");
        });
    }

    @Test
    void anUnsignedPowerOfAttorneyMissesThePrincipalsSignature() {
        assertThat(check(unsigned, ZHANG_SAN, LI_SI)).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.MISSING_SIGNATURE);
            assertThat(f.message()).contains("（poa.png第1页）委托人未签字");
        });
    }
}
