package org.yici.benchmarks.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.yici.ingest.IngestConfig;
import org.yici.ingest.OcrEngineKind;

/**
 * Runs the ingest benchmarks and writes a Markdown table to the path given as the first argument
 * (default {@code target/ingest-benchmarks.md}). Needs the system {@code tesseract} command and
 * {@code OMP_THREAD_LIMIT=1} in the environment. Reproduce with the command in
 * docs/benchmarks/ingest.md.
 */
public final class IngestBenchmarks {
    private IngestBenchmarks() {}

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/ingest-benchmarks.md");
        int scannedPages = Integer.getInteger("scannedPages", 200);
        int speedPages = Integer.getInteger("speedPages", 12);
        String parts = System.getProperty("parts", "quality,speed,textlayer,memory");
        if (!"1".equals(System.getenv("OMP_THREAD_LIMIT"))) {
            System.err.println("warning: OMP_THREAD_LIMIT is not 1; Tesseract will oversubscribe the cores");
        }
        // -Dengine=paddle|tesseract (default: the library's default engine, PP-OCR).
        IngestConfig.Builder configured = IngestConfig.defaults().toBuilder();
        if (System.getProperty("engine") != null) {
            configured.ocrEngine(OcrEngineKind.parse(System.getProperty("engine")));
        }
        IngestConfig config = configured.build();
        Path work = Files.createTempDirectory("yici-ingest-bench");
        StringBuilder md = new StringBuilder();
        md.append(String.format(
                Locale.ROOT,
                "Run %s, engine %s, %d cores, Java %s, max heap %d MiB%n%n",
                java.time.Instant.now(),
                config.ocrEngine(),
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20));

        if (parts.contains("quality")) {
            quality(config, work, md);
            flush(out, md);
        }
        if (parts.contains("speed")) {
            speed(config, speedPages, work, md);
            flush(out, md);
        }
        if (parts.contains("textlayer")) {
            double pps = TextLayerBenchmark.pagesPerSecond(config, 200, 5);
            md.append(String.format(Locale.ROOT, "%nText-layer PDF: %.0f pages/s (200-page PDF, one thread)%n", pps));
            flush(out, md);
        }
        if (parts.contains("memory")) {
            memory(config, scannedPages, work, md);
            flush(out, md);
        }
        System.out.println(md);
    }

    private static void quality(IngestConfig config, Path work, StringBuilder md) throws Exception {
        md.append("| level | pipeline CER | raw tesseract CER (psm 3) | raw CER (psm ")
                .append(config.pageSegMode())
                .append(") | ratio pipeline/raw psm 3 | worst page |\n|---|---|---|---|---|---|\n");
        for (OcrQualityBenchmark.Row r : OcrQualityBenchmark.run(config, work, true)) {
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %.3f | %.3f | %.3f | %.2f | %.3f |%n",
                    r.level(),
                    r.pipeline(),
                    r.rawDefault(),
                    r.rawSamePsm(),
                    r.pipeline() / r.rawDefault(),
                    r.worstPipeline()));
        }
    }

    private static void speed(IngestConfig config, int speedPages, Path work, StringBuilder md) throws Exception {
        md.append(String.format(
                Locale.ROOT,
                "%n%s engine, load average %.1f at the start%n%n| workers | pages | pipeline s/page (wall) | pipeline CPU s/page | raw tesseract s/page | overhead |%n|---|---|---|---|---|---|%n",
                config.ocrEngine(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage()));
        var speedPagesList = OcrSpeedBenchmark.pages(speedPages);
        for (int workers : List.of(1, 2)) {
            OcrSpeedBenchmark.Result r = OcrSpeedBenchmark.run(config, workers, speedPagesList, work);
            md.append(String.format(
                    Locale.ROOT,
                    "| %d | %d | %.2f | %.2f | %.2f | %+.1f %% |%n",
                    r.workers(),
                    r.pages(),
                    r.pipelineSecondsPerPage(),
                    r.pipelineCpuSecondsPerPage(),
                    r.rawSecondsPerPage(),
                    100 * r.overhead()));
        }
    }

    private static void memory(IngestConfig config, int scannedPages, Path work, StringBuilder md) throws Exception {
        ScannedPdfMemoryBenchmark.Result m = ScannedPdfMemoryBenchmark.run(config, scannedPages, work);
        md.append(String.format(
                Locale.ROOT,
                "%nScanned PDF: %d pages (%d MiB file), %.0f s (%.2f s/page), heap in use at most %d MiB, live after GC at most %d MiB, of %d MiB max; process resident at most %d MiB (heap, ONNX Runtime and Tesseract native memory)%n",
                m.pages(),
                m.fileBytes() >> 20,
                m.seconds(),
                m.seconds() / m.pages(),
                m.peakHeapBytes() >> 20,
                m.peakLiveBytes() >> 20,
                m.maxHeapBytes() >> 20,
                peakResidentMiB()));
    }

    /** The kernel's high-water mark of this process's resident memory (VmHWM), in MiB. */
    private static long peakResidentMiB() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) >> 10;
            }
        }
        return -1;
    }

    private static void flush(Path out, StringBuilder md) throws Exception {
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        Files.writeString(out, md, StandardCharsets.UTF_8);
    }
}
