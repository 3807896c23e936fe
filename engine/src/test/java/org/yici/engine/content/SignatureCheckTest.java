package org.yici.engine.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yici.engine.ingest.DocumentEvidence;
import org.yici.ingest.corpus.Corpus;
import org.yici.ingest.corpus.Degradation;
import org.yici.ingest.corpus.Material;
import org.yici.rules.check.CheckOutcome;
import org.yici.rules.check.CheckOutcome.FindingView;
import org.yici.rules.check.CheckRequest.Party;
import org.yici.rules.model.ApplicantType;
import org.yici.rules.model.FindingCode;

/**
 * Generated scans of forms and leases, signed with a ballpoint scrawl or left unsigned, read by
 * real Tesseract and judged by the real rules (GTGSH-SL, 个体工商户设立登记).
 */
class SignatureCheckTest {
    static final Font FONT = CorpusReading.font();
    static final Party ZHANG_SAN = new Party(ApplicantType.PERSON, "张三", "11010519491231002X", null);
    static final List<String> FORM = List.of(
            "经营者姓名：张三",
            "公民身份号码：11010519491231002X",
            "联系电话：13800138000",
            "经营场所：北京市海淀区中关村大街27号1层",
            "经营范围：日用百货",
            "经营者签字：",
            "申请日期：2026年3月2日");
    static final String LESSOR = "甲方（签字）：";
    static final String LESSEE = "乙方（签字）：";
    static final List<String> LEASE = List.of(
            "出租方（甲方）：王五",
            "身份证号码：110101199003070011",
            "承租方（乙方）：张三",
            "身份证号码：11010519491231002X",
            "第一条　房屋坐落于北京市海淀区中关村大街27号1层。",
            "第二条　租赁期限自2025年6月1日起至2027年5月31日止。",
            LESSOR,
            LESSEE,
            "签订日期：2025年5月20日");

    static BufferedImage form() {
        return ScanPages.a4(FONT, "个体工商户登记（备案）申请书", FORM);
    }

    static BufferedImage lease() {
        return ScanPages.a4(FONT, "房屋租赁合同", LEASE);
    }

    private static List<FindingView> findings(String code, BufferedImage page) {
        DocumentEvidence read = ScanCheck.read(code, code + ".png", ScanPages.png(page));
        List<String> ticked = new java.util.ArrayList<>(List.of("GTGSH-SL-01", "GTGSH-SL-02", "GTGSH-SL-03"));
        ticked.remove(code);
        CheckOutcome outcome = ScanCheck.check("GTGSH-SL", ZHANG_SAN, null, Map.of(code, read), ticked);
        return outcome.findings();
    }

    @Test
    void anUnsignedFormMissesTheApplicantsSignatureAndSaysWhere() {
        assertThat(findings("GTGSH-SL-01", form())).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.MISSING_SIGNATURE);
            assertThat(f.material()).isEqualTo("GTGSH-SL-01");
            assertThat(f.where().document()).isEqualTo("GTGSH-SL-01.png");
            assertThat(f.where().page()).isEqualTo(1);
            assertThat(f.message()).contains("（GTGSH-SL-01.png第1页）经营者未签字");
        });
    }

    @Test
    void aFormSignedInBallpointIsSilent() {
        BufferedImage signed = ScanPages.signed(form(), FONT, FORM.indexOf("经营者签字："), "经营者签字：");
        assertThat(findings("GTGSH-SL-01", signed)).isEmpty();
    }

    @Test
    void aLeaseSignedByTheLessorOnlyMissesTheLesseesSignature() {
        BufferedImage lessorSigned = ScanPages.signed(lease(), FONT, LEASE.indexOf(LESSOR), LESSOR);
        assertThat(findings("GTGSH-SL-03", lessorSigned))
                .extracting(FindingView::code, FindingView::message)
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.toList().get(0)).isEqualTo(FindingCode.MISSING_SIGNATURE);
                    assertThat((String) t.toList().get(1)).contains("乙方未签字");
                });
        BufferedImage both = ScanPages.signed(lessorSigned, FONT, LEASE.indexOf(LESSEE), LESSEE);
        assertThat(findings("GTGSH-SL-03", both)).isEmpty();
    }

    @Test
    void theCorpusFormWithTheNamePrintedAfterItsLabelIsNotCalledUnsigned() {
        byte[] page =
                Corpus.page(Material.APPLICATION_FORM, Degradation.CLEAN, FONT).encoded();
        DocumentEvidence read = ScanCheck.read("GTGSH-SL-01", "form.png", page);
        assertThat(read.reading().signatures()).isNotEmpty().allSatisfy(s -> assertThat(s.signed())
                .isTrue());
    }
}
