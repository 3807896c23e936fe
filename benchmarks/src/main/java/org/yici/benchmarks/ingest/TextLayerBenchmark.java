package org.yici.benchmarks.ingest;

import org.yici.ingest.IngestConfig;
import org.yici.ingest.IngestedDocument;
import org.yici.ingest.Ingestor;
import org.yici.ingest.corpus.PdfFixtures;

/** Pages per second for born-digital PDFs (text layer only, no OCR needed), one thread. */
final class TextLayerBenchmark {
    private TextLayerBenchmark() {}

    static double pagesPerSecond(IngestConfig config, int pages, int rounds) throws Exception {
        byte[] pdf = PdfFixtures.textLayerPdf(pages);
        try (Ingestor ingestor = Ingestor.create(config)) {
            for (int i = 0; i < 3; i++) {
                check(ingestor.ingest(pdf, "warm-up.pdf"), pages);
            }
            long t0 = System.nanoTime();
            for (int i = 0; i < rounds; i++) {
                check(ingestor.ingest(pdf, "text-layer.pdf"), pages);
            }
            return pages * rounds / ((System.nanoTime() - t0) / 1e9);
        }
    }

    private static void check(IngestedDocument doc, int pages) {
        if (doc.pages().size() != pages || doc.ocrUsed()) {
            throw new IllegalStateException("text layer benchmark fell back to OCR");
        }
    }
}
