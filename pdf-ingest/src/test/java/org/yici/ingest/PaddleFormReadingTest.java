package org.yici.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yici.ingest.corpus.Images;

/**
 * A rendered application form read end to end by the PP-OCR engine: the detector's own boxes go
 * through the reading order, so each label must come out beside its value.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PaddleFormReadingTest {
    private Ingestor ingestor;

    /**
     * Found as every other OCR test finds them ({@code YICI_OCR_MODELS}, else the installation's
     * {@code models/ppocr}). Without them the test fails, naming the file and the command that
     * installs it: skipping would let a build without models pass without reading a form.
     */
    @BeforeAll
    void startPaddle() {
        ingestor = Ingestor.create(
                IngestConfig.builder().ocrEngine(OcrEngineKind.PADDLE).build());
    }

    @AfterAll
    void stop() {
        if (ingestor != null) {
            ingestor.close();
        }
    }

    private static final List<String> FORM_TEXT = List.of(
            "个体工商户开业登记申请书",
            "姓名张三性别男",
            "经营者住所北京市海淀区中关村大街27号",
            "联系电话 13800000000 邮编 100080",
            "经营范围餐饮服务",
            "本人承诺以上信息真实有效。");

    @Test
    void readsEachLabelOfAScannedFormBesideItsValue() throws Exception {
        assertThat(read(form().image())).containsExactlyElementsOf(FORM_TEXT);
    }

    @ParameterizedTest
    @ValueSource(doubles = {2.0, -2.0})
    void readsATurnedScannedFormInTheSameOrder(double degrees) throws Exception {
        assertThat(read(form().turned(degrees).image())).containsExactlyElementsOf(FORM_TEXT);
    }

    @Test
    void readsAFormWithFadedRulesInTheSameOrder() throws Exception {
        FormPage page = form();
        // Fewer breaks than the layout test's: holes in every glyph would test the recogniser.
        page.faded(11, 300);

        assertThat(read(page.jpeg(0.4f))).containsExactlyElementsOf(FORM_TEXT);
    }

    @Test
    void readsMergedCellsWhereTheyStart() throws Exception {
        FormPage page = new FormPage();
        page.table(new int[] {240, 260, 700, 500}, 130, 130, 130, 200)
                .cell(0, 0, 3, 1, "经营者")
                .cell(0, 1, 1, 2, "姓名")
                .cell(0, 2, 1, 3, "张三")
                .cell(0, 3, 3, 4)
                .cell(1, 1, 2, 2, "性别")
                .cell(1, 2, 2, 3, "男")
                .cell(2, 1, 3, 2, "电话")
                .cell(2, 2, 3, 3, "13800000000")
                .cell(3, 0, 4, 1, "经营范围")
                .cell(3, 1, 4, 4, "餐饮服务；食品销售")
                .end();

        assertThat(read(page.image())).containsExactly("经营者姓名张三", "性别男", "电话 13800000000", "经营范围餐饮服务;食品销售");
    }

    private List<String> read(BufferedImage image) throws IngestException {
        return ingestor.ingest(Images.png(image, 300), "form.png")
                .text()
                .lines()
                .toList();
    }

    private static FormPage form() {
        FormPage page = new FormPage().rules(60, 3f);
        page.line(800, "个体工商户开业登记申请书").gap(40);
        page.table(new int[] {300, 700, 300, 700}, 140, 170, 140, 170)
                .cell(0, 0, 1, 1, "姓名")
                .cell(0, 1, 1, 2, 0.1, "张三")
                .cell(0, 2, 1, 3, "性别")
                .cell(0, 3, 1, 4, 0.1, "男")
                .cell(1, 0, 2, 1, "经营者", "住所")
                .cell(1, 1, 2, 4, "北京市海淀区中关村大街27号")
                .cell(2, 0, 3, 1, "联系电话")
                .cell(2, 1, 3, 2, 0.9, "13800000000")
                .cell(2, 2, 3, 3, "邮编")
                .cell(2, 3, 3, 4, 0.1, "100080")
                .cell(3, 0, 4, 1, "经营范围")
                .cell(3, 1, 4, 4, 0.2, "餐饮服务")
                .end();
        page.line(200, "本人承诺以上信息真实有效。");
        return page;
    }
}
