package org.yici.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yici.ingest.corpus.PdfFixtures;

class IngestServiceTest {
    @Test
    void ingestsFilesInParallelAndReportsEachOutcomeInRequestOrder() throws Exception {
        try (IngestService service = new IngestService(SharedIngestor.DEFAULT, 2)) {
            List<IngestOutcome> outcomes = service.ingestAll(List.of(
                    new IngestRequest("form.pdf", PdfFixtures.textLayerPdf(1)),
                    new IngestRequest("locked.pdf", HostileCorpus.encryptedPdf()),
                    new IngestRequest("notes.txt", "hello".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    new IngestRequest("package.pdf", PdfFixtures.textLayerPdf(3))));
            assertThat(outcomes)
                    .extracting(IngestOutcome::declaredName)
                    .containsExactly("form.pdf", "locked.pdf", "notes.txt", "package.pdf");
            assertThat(outcomes.get(0).document().text()).contains("个体工商户登记");
            assertThat(outcomes.get(1).error().kind()).isEqualTo(IngestErrorKind.ENCRYPTED);
            assertThat(outcomes.get(2).error().kind()).isEqualTo(IngestErrorKind.UNSUPPORTED_TYPE);
            assertThat(outcomes.get(3).document().pages()).hasSize(3);
        }
    }
}
