package org.yici.rules.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yici.rules.check.CheckOutcome.FindingView;
import org.yici.rules.check.CheckRequest.Material;
import org.yici.rules.check.CheckRequest.Party;
import org.yici.rules.model.ApplicantType;
import org.yici.rules.model.DocumentRead;
import org.yici.rules.model.FieldSource;
import org.yici.rules.model.FindingCode;
import org.yici.rules.model.Form;
import org.yici.rules.model.SealLook;
import org.yici.rules.model.SignatureLook;

/** What the rules make of signature places looked at and of what a power of attorney states. */
class SignatureReadingTest {
    static Checker checker;
    static final Party ZHANG_SAN = new Party(ApplicantType.PERSON, "张三", "11010519491231002X", null);
    static final Party LI_SI = new Party(ApplicantType.PERSON, "李四", "110101199003070011", null);
    static final Party COMPANY = new Party(ApplicantType.ORGANIZATION, "北京一次科技有限公司", null, "91110108MA01ABCD1E");

    @BeforeAll
    static void build() {
        checker = new org.yici.rules.check.Checker(
                org.yici.rules.build.RuleBook.build(org.yici.rules.build.RuleSource.directory(Path.of("."))));
    }

    private static List<FindingView> check(String matter, Party applicant, Party agent, DocumentReading reading) {
        List<Material> materials = List.of(new Material(
                reading.material(),
                reading.material(),
                Form.ORIGINAL,
                1,
                reading.read().document(),
                null));
        CheckRequest request = new CheckRequest(
                matter,
                LocalDate.of(2026, 3, 2),
                "WINDOW",
                applicant,
                agent,
                Map.of(),
                List.of(),
                List.of(),
                materials);
        return checker.check(request, CheckContext.NONE.withDocuments(List.of(reading))).findings().stream()
                .filter(f -> reading.material().equals(f.material()))
                .toList();
    }

    private static DocumentReading reading(
            String material, String type, List<SealLook> seals, SignatureLook... signatures) {
        return new DocumentReading(
                material,
                new DocumentRead(material, "scan.pdf", type, 0.9, 1),
                Map.of(),
                Map.of(),
                List.of(),
                seals,
                List.of(),
                List.of(signatures));
    }

    @Test
    void anUnsignedPlaceOfAFormIsAMissingSignatureNamingWhoAndWhere() {
        DocumentReading form = reading(
                "GTGSH-SL-01",
                "APPLICATION_FORM",
                List.of(),
                new SignatureLook("GTGSH-SL-01", "scan.pdf", 2, "经营者", false));
        assertThat(check("GTGSH-SL", ZHANG_SAN, null, form)).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.MISSING_SIGNATURE);
            assertThat(f.where()).isEqualTo(new CheckOutcome.Place("scan.pdf", 2, "signature", "经营者"));
            assertThat(f.message()).isEqualTo("个体工商户登记（备案）申请书（scan.pdf第2页）经营者未签字。");
            assertThat(f.rule()).contains("GTGSH-SL-01");
        });
    }

    @Test
    void aPlaceThatNamesNobodyIsCalledTheSignatureBox() {
        DocumentReading form = reading(
                "GTGSH-SL-01",
                "APPLICATION_FORM",
                List.of(),
                new SignatureLook("GTGSH-SL-01", "scan.pdf", 1, "", false));
        assertThat(check("GTGSH-SL", ZHANG_SAN, null, form))
                .extracting(FindingView::message)
                .containsExactly("个体工商户登记（备案）申请书（scan.pdf第1页）签字栏未签字。");
    }

    @Test
    void aSignedPlaceAndAPlaceNobodyCouldSeeSayNothing() {
        DocumentReading signed = reading(
                "GTGSH-SL-01",
                "APPLICATION_FORM",
                List.of(),
                new SignatureLook("GTGSH-SL-01", "scan.pdf", 1, "经营者", true));
        assertThat(check("GTGSH-SL", ZHANG_SAN, null, signed)).isEmpty();
        assertThat(check("GTGSH-SL", ZHANG_SAN, null, reading("GTGSH-SL-01", "APPLICATION_FORM", List.of())))
                .isEmpty();
    }

    @Test
    void aTypeNobodySignsIsNotAskedForASignature() {
        DocumentReading card = reading(
                "GTGSH-SL-02", "ID_CARD", List.of(), new SignatureLook("GTGSH-SL-02", "scan.pdf", 1, "", false));
        assertThat(check("GTGSH-SL", ZHANG_SAN, null, card)).isEmpty();
    }

    @Test
    void aCompanySignsWithItsSealOnThePageButNotWithASealElsewhere() {
        SignatureLook unsigned = new SignatureLook("GS-SL-01", "scan.pdf", 1, "", false);
        DocumentReading sealedThere = reading(
                "GS-SL-01", "APPLICATION_FORM", List.of(new SealLook("GS-SL-01", "scan.pdf", 1, true)), unsigned);
        assertThat(check("GS-SL", COMPANY, null, sealedThere)).isEmpty();
        DocumentReading sealedElsewhere = reading(
                "GS-SL-01",
                "APPLICATION_FORM",
                List.of(new SealLook("GS-SL-01", "scan.pdf", 1, false), new SealLook("GS-SL-01", "scan.pdf", 2, true)),
                unsigned);
        assertThat(check("GS-SL", COMPANY, null, sealedElsewhere))
                .extracting(FindingView::code)
                .containsExactly(FindingCode.MISSING_SIGNATURE);
    }

    @Test
    void aLeaseMissingBothPartiesSignaturesNamesEach() {
        DocumentReading lease = reading(
                "GTGSH-SL-03",
                "PREMISES_PROOF",
                List.of(),
                new SignatureLook("GTGSH-SL-03", "scan.pdf", 1, "甲方", false),
                new SignatureLook("GTGSH-SL-03", "scan.pdf", 1, "乙方", false));
        assertThat(check("GTGSH-SL", ZHANG_SAN, null, lease))
                .extracting(FindingView::message)
                .containsExactlyInAnyOrder("经营场所使用相关文件（scan.pdf第1页）甲方未签字。", "经营场所使用相关文件（scan.pdf第1页）乙方未签字。");
    }

    private static DocumentReading poa(Map<String, String> fields) {
        Map<String, FieldSource> sources = new java.util.HashMap<>();
        fields.keySet()
                .forEach(k ->
                        sources.put(k, new FieldSource("poa.jpg", 1, k.equals("principalName") ? "委托人" : "受托人", 0.9)));
        return new DocumentReading(
                "GTGSH-SL-04",
                new DocumentRead("GTGSH-SL-04", "poa.jpg", "POWER_OF_ATTORNEY", 0.9, 1),
                fields,
                sources,
                List.of(),
                List.of(),
                List.of());
    }

    @Test
    void aPowerOfAttorneyFromTheApplicantToTheAgentWithinItsTermIsAccepted() {
        DocumentReading poa = poa(Map.of("principalName", "张三", "name", "李四", "validUntil", "2026-06-30"));
        assertThat(check("GTGSH-SL", ZHANG_SAN, LI_SI, poa)).isEmpty();
    }

    @Test
    void aPowerOfAttorneyFromSomeoneElseIsInconsistentWithTheApplicant() {
        DocumentReading poa = poa(Map.of("principalName", "王五", "name", "李四"));
        assertThat(check("GTGSH-SL", ZHANG_SAN, LI_SI, poa)).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.INCONSISTENT);
            assertThat(f.where().field()).isEqualTo("principalName");
            assertThat(f.message()).contains("（poa.jpg第1页）所载委托人与申请人不一致");
        });
    }

    @Test
    void aPowerOfAttorneyToAnotherAgentIsInconsistentWithTheAgent() {
        DocumentReading poa = poa(Map.of("principalName", "张三", "name", "王五"));
        assertThat(check("GTGSH-SL", ZHANG_SAN, LI_SI, poa)).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.INCONSISTENT);
            assertThat(f.message()).contains("与代理人不一致");
        });
    }

    @Test
    void aPowerOfAttorneyWhoseTermEndedIsExpired() {
        DocumentReading poa = poa(Map.of("principalName", "张三", "name", "李四", "validUntil", "2026-02-28"));
        assertThat(check("GTGSH-SL", ZHANG_SAN, LI_SI, poa))
                .extracting(FindingView::code)
                .containsExactly(FindingCode.EXPIRED);
    }
}
