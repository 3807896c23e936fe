package org.yici.benchmarks.ingest;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.yici.benchmarks.SuppressForbidden;
import org.yici.ingest.IngestConfig;
import org.yici.ingest.IngestOutcome;
import org.yici.ingest.IngestRequest;
import org.yici.ingest.IngestService;
import org.yici.ingest.Ingestor;
import org.yici.ingest.corpus.CjkFonts;
import org.yici.ingest.corpus.Corpus;
import org.yici.ingest.corpus.CorpusPage;
import org.yici.ingest.corpus.Degradation;
import org.yici.ingest.corpus.Material;

/**
 * Seconds per scanned page (300 dpi PNG, clean A4 materials) through the pipeline on one and two
 * workers, against the raw {@code tesseract} command given the same images as a batch list (model
 * loaded once per process, two processes for two workers).
 */
final class OcrSpeedBenchmark {
    /**
     * @param pipelineCpuSecondsPerPage the process's CPU time per page while the pipeline ran: what
     *     a page costs whatever else the machine is doing (wall time is shared with other load)
     */
    record Result(
            int workers,
            int pages,
            double pipelineSecondsPerPage,
            double pipelineCpuSecondsPerPage,
            double rawSecondsPerPage) {
        double overhead() {
            return pipelineSecondsPerPage / rawSecondsPerPage - 1;
        }
    }

    /** One of each material the speed pages rotate through. */
    private static final int WARM_UP_PAGES_PER_WORKER = 3;

    private OcrSpeedBenchmark() {}

    static List<CorpusPage> pages(int count) {
        var font = CjkFonts.renderingFonts(1).get(0);
        Material[] a4 = {Material.APPLICATION_FORM, Material.LEASE_CONTRACT, Material.COMMITMENT_LETTER};
        List<CorpusPage> pages = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            pages.add(Corpus.page(a4[i % a4.length], Degradation.CLEAN, font));
        }
        return pages;
    }

    static Result run(IngestConfig base, int workers, List<CorpusPage> pages, Path workDir) throws Exception {
        IngestConfig config = base.toBuilder().ocrThreads(workers).build();
        double pipeline;
        double pipelineCpu;
        try (Ingestor ingestor = Ingestor.create(config);
                IngestService service = new IngestService(ingestor, workers)) {
            // Warm-up: every OCR thread reads each kind of page once before the clock starts, so
            // the clock sees a running service, not the JIT compiling the page path (one page of
            // warm-up left a third more CPU time per page in the first measured run).
            List<IngestRequest> warm = new ArrayList<>();
            for (int i = 0; i < workers * WARM_UP_PAGES_PER_WORKER; i++) {
                warm.add(new IngestRequest("warm", pages.get(i % pages.size()).encoded()));
            }
            service.ingestAll(warm);
            List<IngestRequest> requests = pages.stream()
                    .map(p -> new IngestRequest(p.name(), p.encoded()))
                    .toList();
            long t0 = System.nanoTime();
            long cpu0 = processCpuNanos();
            List<IngestOutcome> outcomes = service.ingestAll(requests);
            pipeline = (System.nanoTime() - t0) / 1e9;
            pipelineCpu = (processCpuNanos() - cpu0) / 1e9;
            if (!outcomes.stream().allMatch(IngestOutcome::succeeded)) {
                throw new IllegalStateException("pipeline failed on the speed corpus");
            }
        }
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            Path f = workDir.resolve("speed-" + i + ".png");
            Files.write(f, pages.get(i).encoded());
            files.add(f);
        }
        double raw = rawWall(files, workers, workDir, config);
        return new Result(
                workers, pages.size(), pipeline / pages.size(), pipelineCpu / pages.size(), raw / pages.size());
    }

    @SuppressForbidden("the process CPU time is only in the JDK's exported com.sun.management API")
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double rawWall(List<Path> files, int workers, Path workDir, IngestConfig config) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Future<Double>> parts = new ArrayList<>();
            long t0 = System.nanoTime();
            for (int w = 0; w < workers; w++) {
                List<Path> share = new ArrayList<>();
                for (int i = w; i < files.size(); i += workers) {
                    share.add(files.get(i));
                }
                String tag = workers + "-" + w;
                parts.add(pool.submit(
                        () -> RawTesseract.timeBatch(share, workDir, config.languages(), config.pageSegMode(), tag)));
            }
            for (Future<Double> part : parts) {
                part.get();
            }
            return (System.nanoTime() - t0) / 1e9;
        } finally {
            pool.shutdown();
        }
    }
}
