package org.yici.rules.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yici.rules.build.RuleBook;
import org.yici.rules.build.RuleSource;
import org.yici.rules.check.CheckOutcome.FindingView;
import org.yici.rules.check.CheckRequest.Material;
import org.yici.rules.check.CheckRequest.Party;
import org.yici.rules.model.ApplicantType;
import org.yici.rules.model.BlankLabel;
import org.yici.rules.model.Decision;
import org.yici.rules.model.DocumentRead;
import org.yici.rules.model.FieldSource;
import org.yici.rules.model.FindingCode;
import org.yici.rules.model.Form;
import org.yici.rules.model.SealLook;
import org.yici.rules.model.UnreadablePage;

/** What the rules make of documents read from uploaded files (GTGSH-SL, 个体工商户设立登记). */
class DocumentReadingTest {
    static Checker checker;

    @BeforeAll
    static void build() {
        checker = new Checker(RuleBook.build(RuleSource.directory(Path.of("."))));
    }

    private static CheckRequest request(List<Material> materials, boolean preApproval) {
        return new CheckRequest(
                "GTGSH-SL",
                LocalDate.of(2026, 3, 2),
                "WINDOW",
                new Party(ApplicantType.PERSON, "张三", "11010519491231002X", null),
                null,
                Map.of("preApproval", preApproval),
                List.of(),
                List.of(),
                materials);
    }

    private static List<Material> ticked(String... codesWithFiles) {
        List<Material> materials = new ArrayList<>();
        for (String code : List.of("GTGSH-SL-01", "GTGSH-SL-02", "GTGSH-SL-03")) {
            boolean file = List.of(codesWithFiles).contains(code);
            Form form = code.equals("GTGSH-SL-01") ? Form.ORIGINAL : Form.COPY;
            materials.add(new Material(code, code, form, 1, file ? code + ".pdf" : null, null));
        }
        return materials;
    }

    private static DocumentReading read(String material, String type, double confidence) {
        return new DocumentReading(
                material,
                new DocumentRead(material, material + ".pdf", type, confidence, 1),
                Map.of(),
                Map.of(),
                List.of(),
                List.of(),
                List.of());
    }

    private static CheckOutcome check(CheckRequest request, DocumentReading... readings) {
        return checker.check(request, CheckContext.NONE.withDocuments(List.of(readings)));
    }

    private static List<FindingCode> codes(CheckOutcome outcome) {
        return outcome.findings().stream().map(FindingView::code).toList();
    }

    @Test
    void documentsOfTheRightTypeThatAgreeWithTheApplicationAreAccepted() {
        DocumentReading lease = new DocumentReading(
                "GTGSH-SL-03",
                new DocumentRead("GTGSH-SL-03", "lease.pdf", "PREMISES_PROOF", 0.9, 1),
                Map.of("name", "张 三", "validUntil", "2027-05-31"),
                Map.of("name", new FieldSource("lease.pdf", 1, "承租方（乙方）", 0.88)),
                List.of(),
                List.of(),
                List.of());
        CheckOutcome outcome = check(
                request(ticked("GTGSH-SL-02", "GTGSH-SL-03"), false), read("GTGSH-SL-02", "ID_CARD", 0.95), lease);
        assertThat(outcome.findings()).isEmpty();
        assertThat(outcome.decision()).isEqualTo(Decision.ACCEPTED);
    }

    @Test
    void aLeaseNamingSomeoneElseIsInconsistentAndSaysWhere() {
        DocumentReading lease = new DocumentReading(
                "GTGSH-SL-03",
                new DocumentRead("GTGSH-SL-03", "lease.pdf", "PREMISES_PROOF", 0.9, 1),
                Map.of("name", "王五"),
                Map.of("name", new FieldSource("lease.pdf", 2, "承租方（乙方）", 0.88)),
                List.of(),
                List.of(),
                List.of());
        CheckOutcome outcome = check(request(ticked("GTGSH-SL-03"), false), lease);
        assertThat(outcome.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.INCONSISTENT);
            assertThat(f.material()).isEqualTo("GTGSH-SL-03");
            assertThat(f.where()).isEqualTo(new CheckOutcome.Place("lease.pdf", 2, "name", "承租方（乙方）"));
            assertThat(f.message()).contains("（lease.pdf第2页）所载承租方（乙方）与申请人不一致");
        });
    }

    @Test
    void aStatedFieldWinsOverTheReadingAndHasNoPage() {
        DocumentReading card = new DocumentReading(
                "GTGSH-SL-02",
                new DocumentRead("GTGSH-SL-02", "id.jpg", "ID_CARD", 0.9, 1),
                Map.of("idNumber", "11010519491231002X"),
                Map.of("idNumber", new FieldSource("id.jpg", 1, "公民身份号码", 0.9)),
                List.of(),
                List.of(),
                List.of());
        List<Material> materials = ticked("GTGSH-SL-02");
        materials.set(
                1,
                new Material(
                        "GTGSH-SL-02",
                        "GTGSH-SL-02",
                        Form.COPY,
                        1,
                        "id.jpg",
                        Map.of("idNumber", "110105194912310021")));
        CheckOutcome outcome = check(request(materials, false), card);
        FindingView invalid = outcome.findings().stream()
                .filter(f -> f.code() == FindingCode.INVALID_ID_NUMBER)
                .findFirst()
                .orElseThrow();
        assertThat(invalid.where().document()).isNull();
        assertThat(invalid.where().field()).isEqualTo("idNumber");
    }

    @Test
    void aCodedDocumentThatIsClearlyAnotherTypeIsMismatched() {
        DocumentReading licence = new DocumentReading(
                "GTGSH-SL-02",
                new DocumentRead("GTGSH-SL-02", "GTGSH-SL-02.pdf", "BUSINESS_LICENSE", 0.9, 1),
                Map.of("name", "北京一次科技有限公司"),
                Map.of("name", new FieldSource("GTGSH-SL-02.pdf", 1, "名称", 0.9)),
                List.of(),
                List.of(),
                List.of());
        CheckOutcome outcome = check(request(ticked("GTGSH-SL-02"), false), licence);
        // The licence's name says nothing about the applicant's ID card: no INCONSISTENT besides.
        assertThat(codes(outcome)).containsExactly(FindingCode.MISMATCHED_TYPE);
        assertThat(outcome.findings().get(0).message()).contains("营业执照");
    }

    @Test
    void anUnsureClassificationIsNoMismatchButStaffAreWarned() {
        CheckOutcome outcome =
                check(request(ticked("GTGSH-SL-02"), false), read("GTGSH-SL-02", "BUSINESS_LICENSE", 0.4));
        assertThat(outcome.findings()).isEmpty();
        assertThat(statusOf(outcome, "GTGSH-SL-02")).isEqualTo("UNVERIFIED");
    }

    @Test
    void aFileNotRecognisedAsItsItemIsUnverifiedAtTheWindow() {
        CheckOutcome outcome = check(request(ticked("GTGSH-SL-02"), false), read("GTGSH-SL-02", null, 0));
        assertThat(outcome.findings()).isEmpty();
        assertThat(statusOf(outcome, "GTGSH-SL-02")).isEqualTo("UNVERIFIED");
        assertThat(statusOf(outcome, "GTGSH-SL-01")).isEqualTo("OK");
        assertThat(outcome.warnings()).containsExactly("所交文件（GTGSH-SL-02.pdf）未能识别为经营者身份证明，请工作人员核对纸质材料后再受理");
    }

    @Test
    void aFileNotRecognisedAsItsItemIsUnrecognisedOnline() {
        CheckOutcome outcome = check(online(request(ticked("GTGSH-SL-02"), false)), read("GTGSH-SL-02", null, 0));
        assertThat(outcome.decision()).isEqualTo(Decision.CORRECTION_REQUIRED);
        assertThat(outcome.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.UNRECOGNISED);
            assertThat(f.material()).isEqualTo("GTGSH-SL-02");
            assertThat(f.where().document()).isEqualTo("GTGSH-SL-02.pdf");
            assertThat(f.message()).startsWith("所交文件（GTGSH-SL-02.pdf）无法识别为经营者身份证明，请上传清晰、完整的经营者身份证明。");
        });
        assertThat(outcome.warnings()).isEmpty();
    }

    @Test
    void aFileRecognisedAsItsItemOrClearlyAnotherIsNeitherUnverifiedNorUnrecognised() {
        CheckOutcome card = check(online(request(ticked("GTGSH-SL-02"), false)), read("GTGSH-SL-02", "ID_CARD", 0.5));
        assertThat(card.findings()).isEmpty();
        assertThat(statusOf(card, "GTGSH-SL-02")).isEqualTo("OK");
        CheckOutcome licence =
                check(online(request(ticked("GTGSH-SL-02"), false)), read("GTGSH-SL-02", "BUSINESS_LICENSE", 0.6));
        assertThat(codes(licence)).containsExactly(FindingCode.MISMATCHED_TYPE);
        CheckOutcome unsure =
                check(online(request(ticked("GTGSH-SL-02"), false)), read("GTGSH-SL-02", "ID_CARD", 0.49));
        assertThat(codes(unsure)).containsExactly(FindingCode.UNRECOGNISED);
    }

    private static CheckRequest online(CheckRequest r) {
        return new CheckRequest(
                r.matter(),
                r.applicationDate(),
                "ONLINE",
                r.applicant(),
                r.agent(),
                r.situations(),
                r.commitments(),
                r.sharedData(),
                r.materials().stream()
                        .map(m -> new Material(m.id(), m.code(), Form.ELECTRONIC, m.copies(), m.file(), m.fields()))
                        .toList());
    }

    private static String statusOf(CheckOutcome outcome, String material) {
        return outcome.checklist().stream()
                .filter(i -> i.material().equals(material))
                .findFirst()
                .orElseThrow()
                .status();
    }

    @Test
    void anUnreadablePageAsksForAClearScanInsteadOfGuessing() {
        DocumentReading blurred = new DocumentReading(
                "GTGSH-SL-02",
                new DocumentRead("GTGSH-SL-02", "id.jpg", "BUSINESS_LICENSE", 0.9, 1),
                Map.of(),
                Map.of(),
                List.of(new UnreadablePage("GTGSH-SL-02", "id.jpg", 1, 0.31)),
                List.of(),
                List.of());
        CheckOutcome outcome = check(request(ticked("GTGSH-SL-02"), false), blurred);
        assertThat(codes(outcome)).containsExactly(FindingCode.UNREADABLE);
        assertThat(outcome.findings().get(0).message()).contains("id.jpg第1页").contains("请提供清晰的扫描件");
    }

    @Test
    void anUncodedFileIsOfferedForTheItemOfItsType() {
        List<Material> materials = new ArrayList<>(ticked());
        materials.remove(1);
        materials.add(new Material("file1", null, Form.COPY, 1, "scan.jpg", null));
        CheckOutcome without = check(request(materials, false));
        assertThat(without.findings())
                .extracting(FindingView::code, FindingView::material)
                .contains(org.assertj.core.groups.Tuple.tuple(FindingCode.MISSING, "GTGSH-SL-02"));
        CheckOutcome with = check(request(materials, false), read("file1", "ID_CARD", 0.9));
        assertThat(with.findings()).isEmpty();
    }

    @Test
    void anUncodedFileOfNoKnownTypeIsNamedAndAnUnreadableOneAskedAgain() {
        List<Material> materials = new ArrayList<>(ticked());
        materials.add(new Material("file1", null, Form.COPY, 1, "a.jpg", null));
        materials.add(new Material("file2", null, Form.COPY, 1, "b.jpg", null));
        DocumentReading unreadable = new DocumentReading(
                "file2",
                new DocumentRead("file2", "b.jpg", null, 0, 0),
                Map.of(),
                Map.of(),
                List.of(new UnreadablePage("file2", "b.jpg", 1, 0.2)),
                List.of(),
                List.of());
        CheckOutcome outcome = check(request(materials, false), read("file1", null, 0), unreadable);
        assertThat(outcome.findings())
                .extracting(FindingView::code, f -> f.where().document())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(FindingCode.MISMATCHED_TYPE, "file1.pdf"),
                        org.assertj.core.groups.Tuple.tuple(FindingCode.UNREADABLE, "b.jpg"));
        assertThat(outcome.findings()).allSatisfy(f -> assertThat(f.message()).doesNotContain("null"));
    }

    @Test
    void anUncodedFileReadAsATypeOnlyUnsurelyIsNamedLikeOneOfNoType() {
        List<Material> materials = new ArrayList<>(ticked());
        materials.add(new Material("file1", null, Form.COPY, 1, "a.jpg", null));
        CheckOutcome unsure = check(request(materials, false), read("file1", "ID_CARD", 0.3));
        assertThat(unsure.findings())
                .extracting(FindingView::code, f -> f.where().document())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(FindingCode.MISMATCHED_TYPE, "file1.pdf"));
        assertThat(unsure.decision()).isEqualTo(Decision.CORRECTION_REQUIRED);
        // At the confidence an uncoded file is offered with, it is offered (a second copy here).
        assertThat(check(request(materials, false), read("file1", "ID_CARD", 0.5))
                        .findings())
                .isEmpty();
    }

    @Test
    void aPermitWithoutARedSealWhereOneWasLookedForMissesItsSeal() {
        List<Material> materials = new ArrayList<>(ticked());
        materials.add(new Material("GTGSH-SL-06", "GTGSH-SL-06", Form.COPY, 1, "permit.jpg", null));
        DocumentReading unsealed = new DocumentReading(
                "GTGSH-SL-06",
                new DocumentRead("GTGSH-SL-06", "permit.jpg", "PERMIT", 0.8, 1),
                Map.of(),
                Map.of(),
                List.of(),
                List.of(new SealLook("GTGSH-SL-06", "permit.jpg", 1, false)),
                List.of());
        assertThat(codes(check(request(materials, true), unsealed))).containsExactly(FindingCode.MISSING_SEAL);
        DocumentReading sealed = new DocumentReading(
                "GTGSH-SL-06",
                unsealed.read(),
                Map.of(),
                Map.of(),
                List.of(),
                List.of(
                        new SealLook("GTGSH-SL-06", "permit.jpg", 1, false),
                        new SealLook("GTGSH-SL-06", "permit.jpg", 2, true)),
                List.of());
        assertThat(check(request(materials, true), sealed).findings()).isEmpty();
        DocumentReading notLooked = new DocumentReading(
                "GTGSH-SL-06", unsealed.read(), Map.of(), Map.of(), List.of(), List.of(), List.of());
        assertThat(check(request(materials, true), notLooked).findings()).isEmpty();
    }

    @Test
    void aBlankLabelledFieldOfTheFormIsNamed() {
        DocumentReading form = new DocumentReading(
                "GTGSH-SL-01",
                new DocumentRead("GTGSH-SL-01", "form.pdf", "APPLICATION_FORM", 0.9, 1),
                Map.of(),
                Map.of(),
                List.of(),
                List.of(),
                List.of(new BlankLabel("GTGSH-SL-01", "form.pdf", 1, "经营场所")));
        CheckOutcome outcome = check(request(ticked("GTGSH-SL-01"), false), form);
        assertThat(codes(outcome)).containsExactly(FindingCode.BLANK_FIELD);
        assertThat(outcome.findings().get(0).message()).contains("（form.pdf第1页）“经营场所”未填写");
    }

    @Test
    void theLeaseMustBeForThePremisesTheFormStates() {
        List<Material> materials = ticked("GTGSH-SL-03");
        materials.set(
                0,
                new Material(
                        "GTGSH-SL-01",
                        "GTGSH-SL-01",
                        Form.ORIGINAL,
                        1,
                        null,
                        Map.of("premisesAddress", "北京市海淀区中关村大街２７号 1层")));
        DocumentReading same = new DocumentReading(
                "GTGSH-SL-03",
                new DocumentRead("GTGSH-SL-03", "lease.pdf", "PREMISES_PROOF", 0.9, 1),
                Map.of("premisesAddress", "北京市海淀区中关村大街27号1层"),
                Map.of("premisesAddress", new FieldSource("lease.pdf", 1, "房屋坐落于", 0.9)),
                List.of(),
                List.of(),
                List.of());
        assertThat(check(request(materials, false), same).findings()).isEmpty();
        DocumentReading elsewhere = new DocumentReading(
                "GTGSH-SL-03",
                same.read(),
                Map.of("premisesAddress", "北京市海淀区学院路30号"),
                same.sources(),
                List.of(),
                List.of(),
                List.of());
        CheckOutcome outcome = check(request(materials, false), elsewhere);
        assertThat(outcome.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.INCONSISTENT);
            assertThat(f.material()).isEqualTo("GTGSH-SL-03");
            assertThat(f.message()).contains("（lease.pdf第1页）所载房屋坐落于与申请书所填内容不一致");
        });
    }
}
