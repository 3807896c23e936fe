package org.yici.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class IngestReportTest {
    @Test
    void formatsEachPageWithSourceConfidenceAndText() {
        IngestedDocument doc = new IngestedDocument(
                "licence.pdf",
                DocumentType.PDF,
                List.of(
                        new IngestedPage(1, PageSource.TEXT_LAYER, "营业执照", 4, 4, 0, 1.0, 0, List.of()),
                        new IngestedPage(2, PageSource.OCR, "法定代表人:李四", 8, 0, 0, 0.914, 300, List.of())),
                new IngestTimings(812, 10, 100, 700));
        String report = IngestReport.format(doc);
        assertThat(report)
                .contains("licence.pdf", "application/pdf", "页数：2", "812毫秒")
                .contains("第1页　来源：文字层　字数：4　置信度：1.00")
                .contains("第2页　来源：文字识别（OCR）　字数：8　置信度：0.91")
                .contains("法定代表人:李四");
    }
}
