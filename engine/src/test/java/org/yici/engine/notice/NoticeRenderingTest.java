package org.yici.engine.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yici.engine.notice.NoticeFixtures.flat;
import static org.yici.engine.notice.NoticeFixtures.text;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.yici.engine.check.CheckResult;
import org.yici.rules.check.CheckOutcome.FindingView;
import org.yici.rules.model.Decision;

/** The four notices as the applicant holds them: the PDF's own text, fonts and pages. */
class NoticeRenderingTest {
    private final NoticeRenderer renderer = new NoticeRenderer(NoticeFixtures.properties());

    private NoticeRenderer.Rendered render(String request, String name) {
        CheckResult result = NoticeFixtures.check(request);
        NoticeRenderer.Rendered rendered =
                renderer.render(result, NoticeFixtures.request(request), NoticeFixtures.book(), "示政〔2026〕00042号", null);
        NoticeFixtures.keep(name, rendered.pdf());
        return rendered;
    }

    @Test
    void correctionNoticeListsEveryFindingWithMaterialMessageAndBasisAndNothingElse() {
        CheckResult result = NoticeFixtures.check(NoticeFixtures.AGENT_WITHOUT_PAPERS);
        assertThat(result.decision()).isEqualTo(Decision.CORRECTION_REQUIRED);
        NoticeRenderer.Rendered rendered = render(NoticeFixtures.AGENT_WITHOUT_PAPERS, "correction");
        String text = flat(text(rendered.pdf()));

        assertThat(text).contains("补正材料一次性告知书", "示政〔2026〕00042号", "示例县政务服务中心", "个体工商户设立登记", "GTGSH-SL");
        assertThat(text).contains("2026年3月2日", "张三", "李四", "110105********002X");
        assertThat(text).doesNotContain("11010519491231002X");
        assertThat(result.findings()).hasSize(4);
        for (FindingView f : result.findings()) {
            assertThat(text).contains(flat(f.name()), flat(f.message()), f.material());
            if (f.basis() != null) {
                assertThat(text).contains(flat(f.basis()));
            }
        }
        List<String> found =
                result.findings().stream().map(FindingView::material).toList();
        for (var m : NoticeFixtures.book().matters().get("GTGSH-SL").materials()) {
            if (!found.contains(m.code())) {
                assertThat(text).as("material %s is not a finding", m.code()).doesNotContain(m.code());
            }
        }
        assertThat(text).contains("加盖本机关专用印章", "需要补正的材料（共4项）");
    }

    @Test
    void everyFontInTheNoticeIsEmbeddedAndPagesAreA4() throws IOException {
        byte[] pdf =
                render(NoticeFixtures.AGENT_WITHOUT_PAPERS, "correction-fonts").pdf();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                assertThat(page.getMediaBox().getWidth())
                        .isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
                assertThat(page.getMediaBox().getHeight())
                        .isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(1f));
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts.add(font.getName());
                    assertThat(font.isEmbedded())
                            .as("font %s embedded", font.getName())
                            .isTrue();
                }
            }
            assertThat(fonts).isNotEmpty().allMatch(f -> f.contains("WenQuanYiZenHei"));
        }
    }

    @Test
    void acceptanceNoticeGivesTimeLimitsAndTheExpectedDateInWorkingDays() {
        String text = flat(text(render(NoticeFixtures.BASE, "acceptance").pdf()));
        assertThat(text).contains("受理通知书", "决定予以受理", "3个工作日", "1个工作日");
        // Monday 2026-03-02 plus the promised 1 working day.
        assertThat(text).contains("2026年3月3日");
        assertThat(text).doesNotContain("补正材料一次性告知书");
    }

    @Test
    void acceptanceNoticeSaysTheDateIsUnknownWhenTheCalendarYearIsMissing() {
        String request = NoticeFixtures.BASE.replace("2026-03-02", "2027-03-01");
        String text = flat(text(render(request, "acceptance-unknown-year").pdf()));
        assertThat(text).contains("暂无法确定", "2027年法定节假日安排");
    }

    @Test
    void acceptanceWithACommitmentNamesTheWaivedMaterialAndItsVerification() {
        CheckResult result = NoticeFixtures.check(NoticeFixtures.COMMITMENT);
        String text = flat(
                text(render(NoticeFixtures.COMMITMENT, "acceptance-commitment").pdf()));
        assertThat(text).contains("以下材料无需提交", "经营场所使用相关文件", "已以书面承诺替代", "告知承诺核查");
        assertThat(text).contains("2026年3月30日");
        assertThat(result.verifications()).isNotEmpty();
    }

    @Test
    void deferralNoticeListsEachDeferredItemWithDueDateAndCommitment() {
        CheckResult result = NoticeFixtures.check(NoticeFixtures.DEFERRAL);
        assertThat(result.decision()).isEqualTo(Decision.ACCEPTED_WITH_DEFERRAL);
        String text =
                flat(text(render(NoticeFixtures.DEFERRAL, "deferred-acceptance").pdf()));
        assertThat(text).contains("容缺受理通知书", "经营场所使用相关文件", "2026年3月9日");
        for (var d : result.deferred()) {
            assertThat(text).contains(flat(d.name()), flat(d.commitment()));
        }
    }

    @Test
    void refusalGivesReasonBasisAndBothRemediesWithTheConfiguredBodies() {
        CheckResult result = NoticeFixtures.check(NoticeFixtures.ORGANISATION);
        assertThat(result.decision()).isEqualTo(Decision.NOT_ACCEPTED);
        String text = flat(text(render(NoticeFixtures.ORGANISATION, "refusal").pdf()));
        assertThat(text).contains("不予受理决定书", "六十日内向示例县人民政府申请行政复议", "六个月内向示例县人民法院提起行政诉讼");
        assertThat(text).contains("91110105MA01ABCD1X");
        for (FindingView f : result.findings()) {
            assertThat(text).contains(flat(f.message()));
        }
    }

    @Test
    void longNoticePaginatesWithTheTableHeaderRepeatedAndNothingCutOff() throws IOException {
        CheckResult result = NoticeFixtures.manyFindings(30);
        byte[] pdf = renderer.render(
                        result,
                        NoticeFixtures.request(NoticeFixtures.AGENT_WITHOUT_PAPERS),
                        NoticeFixtures.book(),
                        "示政〔2026〕00043号",
                        null)
                .pdf();
        NoticeFixtures.keep("correction-30", pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            var stripper = new org.apache.pdfbox.text.PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String pageText = flat(stripper.getText(document));
                if (page > 1 && pageText.contains("测试材料")) {
                    assertThat(pageText).as("header on page %d", page).contains("序号材料名称存在问题需提交依据");
                }
            }
        }
        String text = flat(text(pdf));
        for (FindingView f : result.findings()) {
            assertThat(text).contains(flat(f.message()), flat(f.basis()));
        }
    }

    @Test
    void renderingTheSameNoticeTwiceGivesTheSameBytes() {
        byte[] first =
                render(NoticeFixtures.AGENT_WITHOUT_PAPERS, "correction-again").pdf();
        byte[] second =
                render(NoticeFixtures.AGENT_WITHOUT_PAPERS, "correction-again").pdf();
        assertThat(second).isEqualTo(first);
    }
}
