package org.yici.benchmarks.ingest;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.yici.ingest.IngestConfig;
import org.yici.ingest.IngestedDocument;
import org.yici.ingest.Ingestor;
import org.yici.ingest.corpus.CjkFonts;
import org.yici.ingest.corpus.PdfFixtures;

/**
 * Peak heap while OCRing a long scanned PDF read from disk. Pages are rendered and recognised a
 * window at a time, so the peak should not grow with the page count; run it with a small {@code
 * -Xmx} to prove it.
 */
final class ScannedPdfMemoryBenchmark {
    record Result(int pages, long fileBytes, double seconds, long peakHeapBytes, long maxHeapBytes) {}

    private ScannedPdfMemoryBenchmark() {}

    static Result run(IngestConfig base, int pages, Path workDir) throws Exception {
        Path pdf = workDir.resolve("scanned-" + pages + ".pdf");
        PdfFixtures.scannedPdf(pdf, pages, 300, CjkFonts.renderingFonts(1).get(0));
        // 300 dpi JPEG scans are ~270 KB a page: lift the byte and time limits, not the memory.
        IngestConfig config = base.toBuilder()
                .timeout(Duration.ofHours(1))
                .maxPages(Math.max(pages, 300))
                .maxBytes(Math.max(base.maxBytes(), Files.size(pdf) + 1))
                .build();
        try (Ingestor ingestor = Ingestor.create(config)) {
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long t0 = System.nanoTime();
            IngestedDocument doc = ingestor.ingest(pdf, "scanned.pdf");
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (doc.pages().size() != pages || !doc.ocrUsed()) {
                throw new IllegalStateException("expected " + pages + " OCR pages");
            }
            long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP)
                    .mapToLong(p -> p.getPeakUsage().getUsed())
                    .sum();
            return new Result(
                    pages, Files.size(pdf), seconds, peak, Runtime.getRuntime().maxMemory());
        }
    }
}
