package org.yici.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.yici.ingest.corpus.Images;

/**
 * A rendered application form read end to end by the PP-OCR engine: the detector's own boxes go
 * through the reading order, so each label must come out beside its value.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PaddleFormReadingTest {
    private Ingestor ingestor;

    @BeforeAll
    void startPaddle() {
        assumeTrue(
                OcrModelFolder.nearestInstalled().isPresent(),
                "PP-OCR models are not installed: scripts/install-models.sh");
        ingestor = Ingestor.create(
                IngestConfig.builder().ocrEngine(OcrEngineKind.PADDLE).build());
    }

    @AfterAll
    void stop() {
        if (ingestor != null) {
            ingestor.close();
        }
    }

    @Test
    void readsEachLabelOfAScannedFormBesideItsValue() throws Exception {
        FormPage page = new FormPage();
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

        String text = ingestor.ingest(Images.png(page.image(), 300), "form.png").text();

        List<String> lines = text.lines().toList();
        assertThat(lines)
                .as(text)
                .containsExactly(
                        "个体工商户开业登记申请书",
                        "姓名张三性别男",
                        "经营者住所北京市海淀区中关村大街27号",
                        "联系电话 13800000000 邮编 100080",
                        "经营范围餐饮服务",
                        "本人承诺以上信息真实有效。");
    }
}
