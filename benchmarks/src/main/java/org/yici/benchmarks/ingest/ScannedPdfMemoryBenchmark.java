package org.yici.benchmarks.ingest;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
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
    /**
     * @param peakHeapBytes highest heap in use at any 20 ms sample (includes garbage not yet collected)
     * @param peakLiveBytes highest heap still in use right after a collection (what the run retains)
     */
    record Result(
            int pages, long fileBytes, double seconds, long peakHeapBytes, long peakLiveBytes, long maxHeapBytes) {}

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
            AtomicLong peakUsed = new AtomicLong();
            AtomicLong peakLive = new AtomicLong();
            AtomicBoolean running = new AtomicBoolean(true);
            Thread sampler = new Thread(() -> {
                while (running.get()) {
                    peakUsed.accumulateAndGet(
                            ManagementFactory.getMemoryMXBean()
                                    .getHeapMemoryUsage()
                                    .getUsed(),
                            Math::max);
                    long live = ManagementFactory.getMemoryPoolMXBeans().stream()
                            .filter(p -> p.getType() == MemoryType.HEAP && p.getCollectionUsage() != null)
                            .mapToLong(p -> p.getCollectionUsage().getUsed())
                            .sum();
                    peakLive.accumulateAndGet(live, Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.setDaemon(true);
            sampler.start();
            long t0 = System.nanoTime();
            IngestedDocument doc = ingestor.ingest(pdf, "scanned.pdf");
            double seconds = (System.nanoTime() - t0) / 1e9;
            running.set(false);
            sampler.join();
            if (doc.pages().size() != pages || !doc.ocrUsed()) {
                throw new IllegalStateException("expected " + pages + " OCR pages");
            }
            return new Result(
                    pages,
                    Files.size(pdf),
                    seconds,
                    peakUsed.get(),
                    peakLive.get(),
                    Runtime.getRuntime().maxMemory());
        }
    }
}
