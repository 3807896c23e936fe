package org.yici.benchmarks.ingest;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.yici.ingest.IngestConfig;
import org.yici.ingest.IngestException;
import org.yici.ingest.Ingestor;
import org.yici.ingest.OcrEngineKind;
import org.yici.ingest.corpus.Cer;
import org.yici.ingest.corpus.Corpus;
import org.yici.ingest.corpus.DegradationKind;
import org.yici.ingest.corpus.MaterialKind;
import org.yici.ingest.corpus.PdfFixtures;
import org.yici.ingest.corpus.Split;
import org.yici.ingest.corpus.SplitPage;

/**
 * OCR engines side by side on one split of the split corpus ({@link Corpus#split}): the {@code
 * paddle} and {@code tesseract} engines of {@link Ingestor} (defaults otherwise, one OCR thread),
 * and {@code raw}, the {@code tesseract} command with {@code -l chi_sim --psm 6} on the same encoded
 * file without any preprocessing. Scores every page by CER, Han-only CER and field values found
 * ({@link Cer}), and the split's four PDFs (raw there: the text layer where a page has one, else the
 * command on the page rendered at 300 dpi).
 *
 * <p>Options: {@code -Dsplit=TUNE|HELD_OUT} (default HELD_OUT), {@code -Dlimit=N} (an evenly spaced
 * subset of N pages; {@code -Dlimit.tesseract=N} for one engine only), {@code
 * -Dengines=paddle,tesseract,raw}, {@code -Dpdfs=true}, {@code -Donly=id-card,seal} (pages whose
 * names contain one of the words), {@code -Dvariants=N} (instead of the split, N extra TUNE pages
 * of each material {@code -Donly} names: {@link Corpus#tuneVariants}; {@code -Dkinds=noise-2,noise-3}
 * keeps those whose names contain one of the words), {@code -Ddump=DIR} (each engine's text and the
 * truth, one file per page), {@code -Dreport=PAGES_TSV} (the tables again from a finished run's
 * per-page TSV). A page's edits are capped at its true length in every rate: a page of invented
 * text counts as lost once (the per-page TSV keeps the uncapped edit counts). Writes {@code ocr-engines-<split>.md},
 * {@code .tsv} (aggregates) and {@code -pages.tsv} (every page) to the folder given as the first
 * argument (default {@code benchmarks/target}). Reproduce with the command in
 * docs/benchmarks/ingest.md.
 */
public final class OcrEngineBenchmark {
    /** One engine on one page or PDF. */
    record Score(
            String engine,
            String item,
            String material,
            String kind,
            int level,
            int chars,
            int edits,
            int hanChars,
            int hanEdits,
            int fields,
            int found,
            double seconds,
            String error) {}

    private OcrEngineBenchmark() {}

    public static void main(String[] args) throws Exception {
        Split split = Split.valueOf(System.getProperty("split", "HELD_OUT"));
        int limit = Integer.getInteger("limit", 0);
        List<String> engines =
                List.of(System.getProperty("engines", "paddle,tesseract,raw").split(","));
        boolean withPdfs = Boolean.parseBoolean(System.getProperty("pdfs", "true"));
        Path outDir = Path.of(args.length > 0 ? args[0] : "benchmarks/target");
        Files.createDirectories(outDir);
        String slug = split.name().toLowerCase(Locale.ROOT).replace('_', '-');
        String from = System.getProperty("report");
        if (from != null) {
            // Tables again from a finished run's per-page TSV, without reading any page.
            Map<String, List<Score>> read = readScores(Path.of(from));
            Map<String, Integer> counts = new LinkedHashMap<>();
            read.forEach((e, list) -> counts.put(
                    e, (int) list.stream().filter(x -> !x.kind().equals("PDF")).count()));
            Report report = new Report(
                    split,
                    List.copyOf(read.keySet()),
                    read,
                    counts,
                    Corpus.split(split).size());
            Files.writeString(outDir.resolve("ocr-engines-" + slug + ".md"), report.markdown(), StandardCharsets.UTF_8);
            Files.writeString(outDir.resolve("ocr-engines-" + slug + ".tsv"), report.tsv(), StandardCharsets.UTF_8);
            System.out.println(report.markdown());
            return;
        }
        if (engines.contains("raw") && !"1".equals(System.getenv("OMP_THREAD_LIMIT"))) {
            System.err.println("warning: OMP_THREAD_LIMIT is not 1; Tesseract will use more than one core");
        }
        int variants = Integer.getInteger("variants", 0);
        if (variants > 0 && split != Split.TUNE) {
            throw new IllegalArgumentException("-Dvariants makes TUNE pages only; use it with -Dsplit=TUNE");
        }
        List<SplitPage> all = variants > 0
                ? only(
                        Corpus.tuneVariants(materials(System.getProperty("only", "")), variants),
                        System.getProperty("kinds", ""))
                : only(Corpus.split(split), System.getProperty("only", ""));
        List<PdfFixtures.SplitPdf> pdfs = withPdfs ? PdfFixtures.split(split) : List.of();
        Path work = Files.createTempDirectory("yici-ocr-engines");
        Path pageTsv = outDir.resolve("ocr-engines-" + slug + "-pages.tsv");
        Files.writeString(
                pageTsv,
                "engine\titem\tmaterial\tkind\tlevel\tchars\tedits\than_chars\than_edits\tfields\tfound\tseconds\terror\n",
                StandardCharsets.UTF_8);
        Map<String, List<Score>> scores = new LinkedHashMap<>();
        Map<String, Integer> pageCounts = new LinkedHashMap<>();
        for (String engine : engines) {
            List<SplitPage> pages = subset(all, Integer.getInteger("limit." + engine, limit));
            pageCounts.put(engine, pages.size());
            List<Score> list = new ArrayList<>();
            scores.put(engine, list);
            try (Reader reader = reader(engine, work)) {
                reader.warmUp(all.get(all.size() - 1));
                for (SplitPage page : pages) {
                    Score s = reader.page(page);
                    list.add(s);
                    append(pageTsv, s);
                    System.out.printf(
                            Locale.ROOT,
                            "%-9s %-48s %-18s CER %6.3f han %6.3f fields %d/%d %5.2f s%s%n",
                            engine,
                            page.name(),
                            page.fontFamily(),
                            ratio(s.edits(), s.chars()),
                            ratio(s.hanEdits(), s.hanChars()),
                            s.found(),
                            s.fields(),
                            s.seconds(),
                            s.error().isEmpty() ? "" : " " + s.error());
                }
                for (PdfFixtures.SplitPdf pdf : pdfs) {
                    Score s = reader.pdf(pdf);
                    list.add(s);
                    append(pageTsv, s);
                    System.out.printf(
                            Locale.ROOT,
                            "%-9s %-48s CER %6.3f fields %d/%d %5.2f s%s%n",
                            engine,
                            pdf.name(),
                            ratio(s.edits(), s.chars()),
                            s.found(),
                            s.fields(),
                            s.seconds(),
                            s.error().isEmpty() ? "" : " " + s.error());
                }
            }
        }
        Report report = new Report(split, engines, scores, pageCounts, all.size());
        Files.writeString(outDir.resolve("ocr-engines-" + slug + ".md"), report.markdown(), StandardCharsets.UTF_8);
        Files.writeString(outDir.resolve("ocr-engines-" + slug + ".tsv"), report.tsv(), StandardCharsets.UTF_8);
        System.out.println(report.markdown());
    }

    private static Map<String, List<Score>> readScores(Path tsv) throws IOException {
        Map<String, List<Score>> scores = new LinkedHashMap<>();
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)
                .subList(1, Files.readAllLines(tsv, StandardCharsets.UTF_8).size())) {
            String[] f = line.split("\t", -1);
            scores.computeIfAbsent(f[0], e -> new ArrayList<>())
                    .add(new Score(
                            f[0],
                            f[1],
                            f[2],
                            f[3],
                            Integer.parseInt(f[4]),
                            Integer.parseInt(f[5]),
                            Integer.parseInt(f[6]),
                            Integer.parseInt(f[7]),
                            Integer.parseInt(f[8]),
                            Integer.parseInt(f[9]),
                            Integer.parseInt(f[10]),
                            Double.parseDouble(f[11]),
                            f[12]));
        }
        return scores;
    }

    /** Every k-th page so a subset still spreads over materials and degradations. */
    /** With {@code -Donly=id-card,seal}: the pages whose name contains any of the words, for reading one kind's errors. */
    static List<SplitPage> only(List<SplitPage> all, String words) {
        if (words.isBlank()) {
            return all;
        }
        List<String> wanted = List.of(words.split(","));
        return all.stream()
                .filter(p -> wanted.stream().anyMatch(w -> p.name().contains(w)))
                .toList();
    }

    /** The materials whose slugs contain one of the comma-separated words (all when none). */
    static List<MaterialKind> materials(String words) {
        List<String> wanted = words.isBlank() ? List.of("") : List.of(words.split(","));
        return Arrays.stream(MaterialKind.values())
                .filter(m -> wanted.stream().anyMatch(w -> m.slug().contains(w)))
                .toList();
    }

    static List<SplitPage> subset(List<SplitPage> all, int limit) {
        if (limit <= 0 || limit >= all.size()) {
            return all;
        }
        List<SplitPage> out = new ArrayList<>();
        for (int i = 0; i < limit; i++) {
            out.add(all.get((int) ((long) i * all.size() / limit)));
        }
        return out;
    }

    private static Reader reader(String engine, Path work) {
        return switch (engine) {
            case "paddle" -> new IngestReader(engine, OcrEngineKind.PADDLE);
            case "tesseract" -> new IngestReader(engine, OcrEngineKind.TESSERACT);
            case "raw" -> new RawReader(work);
            default -> throw new IllegalArgumentException("unknown engine " + engine + " (paddle, tesseract, raw)");
        };
    }

    static Score score(
            String engine,
            String item,
            String material,
            String kind,
            int level,
            String truth,
            List<String> fields,
            String text,
            double seconds,
            String error) {
        dump(engine, item, truth, text);
        return new Score(
                engine,
                item,
                material,
                kind,
                level,
                Cer.length(truth),
                Cer.distance(truth, text),
                Cer.hanLength(truth),
                Cer.hanDistance(truth, text),
                fields.size(),
                Cer.fieldsFound(fields, text),
                seconds,
                error);
    }

    /** With {@code -Ddump=DIR}: the truth and each engine's text, for reading the errors. */
    private static void dump(String engine, String item, String truth, String text) {
        String dir = System.getProperty("dump");
        if (dir == null) {
            return;
        }
        try {
            Path folder = Files.createDirectories(Path.of(dir, engine));
            Files.writeString(folder.resolve(item + ".txt"), text, StandardCharsets.UTF_8);
            Files.createDirectories(Path.of(dir, "truth"));
            Files.writeString(Path.of(dir, "truth", item + ".txt"), truth, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static double ratio(long a, long b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static void append(Path tsv, Score s) throws IOException {
        Files.writeString(
                tsv,
                String.join(
                                "\t",
                                s.engine(),
                                s.item(),
                                s.material(),
                                s.kind(),
                                Integer.toString(s.level()),
                                Integer.toString(s.chars()),
                                Integer.toString(s.edits()),
                                Integer.toString(s.hanChars()),
                                Integer.toString(s.hanEdits()),
                                Integer.toString(s.fields()),
                                Integer.toString(s.found()),
                                String.format(Locale.ROOT, "%.3f", s.seconds()),
                                s.error())
                        + "\n",
                StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
    }

    private interface Reader extends AutoCloseable {
        void warmUp(SplitPage page) throws Exception;

        Score page(SplitPage page) throws Exception;

        Score pdf(PdfFixtures.SplitPdf pdf) throws Exception;

        @Override
        void close();
    }

    /** An {@link Ingestor} with one OCR thread and the engine's defaults. */
    private static final class IngestReader implements Reader {
        private final String engine;
        private final Ingestor ingestor;

        IngestReader(String engine, OcrEngineKind kind) {
            this.engine = engine;
            this.ingestor = Ingestor.create(
                    IngestConfig.builder().ocrEngine(kind).ocrThreads(1).build());
        }

        @Override
        public void warmUp(SplitPage page) throws Exception {
            ingestor.ingest(page.encoded(), page.name() + extension(page.encoded()));
        }

        @Override
        public Score page(SplitPage page) {
            byte[] encoded = page.encoded();
            String text = "";
            String error = "";
            long t0 = System.nanoTime();
            try {
                text = ingestor.ingest(encoded, page.name() + extension(encoded))
                        .text();
            } catch (IngestException e) {
                error = e.kind().name();
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            return score(
                    engine,
                    page.name(),
                    page.material().name(),
                    page.degradation().name(),
                    page.level(),
                    page.groundTruth(),
                    page.fields(),
                    text,
                    seconds,
                    error);
        }

        @Override
        public Score pdf(PdfFixtures.SplitPdf pdf) {
            String text = "";
            String error = "";
            long t0 = System.nanoTime();
            try {
                text = ingestor.ingest(pdf.content(), pdf.name()).text();
            } catch (IngestException e) {
                error = e.kind().name();
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            return score(engine, pdf.name(), "PDF", "PDF", 0, pdf.groundTruth(), pdf.fields(), text, seconds, error);
        }

        @Override
        public void close() {
            ingestor.close();
        }
    }

    /** The {@code tesseract} command, {@code -l chi_sim --psm 6}, no preprocessing. */
    private static final class RawReader implements Reader {
        private static final int MIN_TEXT_LAYER_CHARS = 20;
        private final Path work;

        RawReader(Path work) {
            this.work = work;
        }

        @Override
        public void warmUp(SplitPage page) {}

        @Override
        public Score page(SplitPage page) throws Exception {
            byte[] encoded = page.encoded();
            Path file = work.resolve(page.name() + extension(encoded));
            Files.write(file, encoded);
            long t0 = System.nanoTime();
            String text = recognize(file);
            double seconds = (System.nanoTime() - t0) / 1e9;
            Files.delete(file);
            return score(
                    "raw",
                    page.name(),
                    page.material().name(),
                    page.degradation().name(),
                    page.level(),
                    page.groundTruth(),
                    page.fields(),
                    text,
                    seconds,
                    "");
        }

        /** Per page: the text layer when it has at least 20 characters, else the command at 300 dpi. */
        @Override
        public Score pdf(PdfFixtures.SplitPdf pdf) throws Exception {
            long t0 = System.nanoTime();
            StringBuilder text = new StringBuilder();
            try (PDDocument doc = Loader.loadPDF(pdf.content())) {
                PDFRenderer renderer = new PDFRenderer(doc);
                for (int i = 0; i < doc.getNumberOfPages(); i++) {
                    PDFTextStripper stripper = new PDFTextStripper();
                    stripper.setStartPage(i + 1);
                    stripper.setEndPage(i + 1);
                    String layer = stripper.getText(doc);
                    if (Cer.length(layer) >= MIN_TEXT_LAYER_CHARS) {
                        text.append(layer);
                    } else {
                        BufferedImage image = renderer.renderImageWithDPI(i, 300, ImageType.GRAY);
                        Path file = work.resolve(pdf.name() + "-" + i + ".png");
                        ImageIO.write(image, "png", file.toFile());
                        text.append(recognize(file));
                        Files.delete(file);
                    }
                    text.append('\n');
                }
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            return score(
                    "raw", pdf.name(), "PDF", "PDF", 0, pdf.groundTruth(), pdf.fields(), text.toString(), seconds, "");
        }

        private static String recognize(Path file) throws IOException, InterruptedException {
            return RawTesseract.recognize(file, "chi_sim", 6);
        }

        @Override
        public void close() {}
    }

    static String extension(byte[] encoded) {
        return encoded.length > 0 && encoded[0] == (byte) 0x89 ? ".png" : ".jpg";
    }

    /** The tables: per engine overall, per material, per degradation kind and level, PDFs. */
    static final class Report {
        private final Split split;
        private final List<String> engines;
        private final Map<String, List<Score>> scores;
        private final Map<String, Integer> pageCounts;
        private final int splitSize;

        Report(
                Split split,
                List<String> engines,
                Map<String, List<Score>> scores,
                Map<String, Integer> pageCounts,
                int splitSize) {
            this.split = split;
            this.engines = engines;
            this.scores = scores;
            this.pageCounts = pageCounts;
            this.splitSize = splitSize;
        }

        /** Sum of edits over sum of true characters (and the same for Han, fields, seconds). */
        record Agg(
                int items,
                long chars,
                long edits,
                long hanChars,
                long hanEdits,
                long fields,
                long found,
                double seconds) {
            static Agg of(List<Score> list) {
                long c = 0;
                long e = 0;
                long hc = 0;
                long he = 0;
                long f = 0;
                long fo = 0;
                double s = 0;
                for (Score x : list) {
                    // A page's edits count at most its length: a page of invented text is lost,
                    // not lost thirty times over (that would drown every other page).
                    c += x.chars();
                    e += Math.min(x.edits(), x.chars());
                    hc += x.hanChars();
                    he += Math.min(x.hanEdits(), x.hanChars());
                    f += x.fields();
                    fo += x.found();
                    s += x.seconds();
                }
                return new Agg(list.size(), c, e, hc, he, f, fo, s);
            }

            double cer() {
                return ratio(edits, chars);
            }

            double hanCer() {
                return ratio(hanEdits, hanChars);
            }

            double fieldsFound() {
                return ratio(found, fields);
            }

            double secondsPerItem() {
                return items == 0 ? 0 : seconds / items;
            }
        }

        private List<Score> pages(String engine) {
            return scores.get(engine).stream()
                    .filter(s -> !s.kind().equals("PDF"))
                    .toList();
        }

        private List<Score> pdfs(String engine) {
            return scores.get(engine).stream()
                    .filter(s -> s.kind().equals("PDF"))
                    .toList();
        }

        private Map<String, Agg> groupBy(String engine, Function<Score, String> key) {
            Map<String, List<Score>> groups = new LinkedHashMap<>();
            for (Score s : pages(engine)) {
                groups.computeIfAbsent(key.apply(s), k -> new ArrayList<>()).add(s);
            }
            Map<String, Agg> out = new LinkedHashMap<>();
            groups.forEach((k, v) -> out.put(k, Agg.of(v)));
            return out;
        }

        private static String pct(double v) {
            return String.format(Locale.ROOT, "%.1f %%", 100 * v);
        }

        String markdown() {
            StringBuilder md = new StringBuilder();
            md.append(String.format(
                    Locale.ROOT,
                    "Split %s (%d pages in the split), run %s, %d cores, Java %s; engines: %s%n%n",
                    split,
                    splitSize,
                    java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                    Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"),
                    String.join(", ", engines)));
            md.append(
                    "CER: edits over true characters, whitespace removed, each page's edits capped at its length.\n\n");
            md.append("| engine | pages | CER | Han-only CER | field values found | s/page |\n");
            md.append("|---|---:|---:|---:|---:|---:|\n");
            for (String engine : engines) {
                Agg a = Agg.of(pages(engine));
                md.append(String.format(
                        Locale.ROOT,
                        "| %s | %d | %s | %s | %s (%d/%d) | %.2f |%n",
                        engine,
                        a.items(),
                        pct(a.cer()),
                        pct(a.hanCer()),
                        pct(a.fieldsFound()),
                        a.found(),
                        a.fields(),
                        a.secondsPerItem()));
            }
            md.append("\nPer material: CER / field values found\n\n| material |");
            engines.forEach(e -> md.append(' ').append(e).append(" |"));
            md.append("\n|---|");
            engines.forEach(e -> md.append("---:|"));
            md.append('\n');
            for (MaterialKind m : MaterialKind.values()) {
                md.append("| ").append(m.slug()).append(" |");
                for (String engine : engines) {
                    Agg a = groupBy(engine, Score::material).get(m.name());
                    md.append(a == null ? " – |" : " " + pct(a.cer()) + " / " + pct(a.fieldsFound()) + " |");
                }
                md.append('\n');
            }
            boolean ratio = engines.contains("paddle") && engines.contains("raw");
            md.append("\nPer degradation kind and level: CER (pages)\n\n| degradation | level |");
            engines.forEach(e -> md.append(' ').append(e).append(" |"));
            md.append(ratio ? " paddle / raw |" : "");
            md.append("\n|---|---:|");
            engines.forEach(e -> md.append("---:|"));
            md.append(ratio ? "---:|" : "");
            md.append('\n');
            for (DegradationKind k : DegradationKind.values()) {
                for (int level = 1; level <= k.levelCount(); level++) {
                    String key = k.name() + "-" + level;
                    md.append("| ").append(k.slug()).append(" | ").append(level).append(" |");
                    for (String engine : engines) {
                        Agg a = groupBy(engine, s -> s.kind() + "-" + s.level()).get(key);
                        md.append(
                                a == null ? " – |" : String.format(Locale.ROOT, " %s (%d) |", pct(a.cer()), a.items()));
                    }
                    if (ratio) {
                        Agg p = groupBy("paddle", s -> s.kind() + "-" + s.level())
                                .get(key);
                        Agg r = groupBy("raw", s -> s.kind() + "-" + s.level()).get(key);
                        md.append(
                                p == null || r == null || r.cer() == 0
                                        ? " – |"
                                        : String.format(Locale.ROOT, " %.2f |", p.cer() / r.cer()));
                    }
                    md.append('\n');
                }
            }
            if (engines.stream().anyMatch(e -> !pdfs(e).isEmpty())) {
                md.append(
                        "\nPDFs (scanned, born-digital, mixed, without ToUnicode; raw = text layer, else the command)\n\n");
                md.append(
                        "| engine | PDFs | CER | Han-only CER | field values found | s/PDF |\n|---|---:|---:|---:|---:|---:|\n");
                for (String engine : engines) {
                    Agg a = Agg.of(pdfs(engine));
                    md.append(String.format(
                            Locale.ROOT,
                            "| %s | %d | %s | %s | %s | %.2f |%n",
                            engine,
                            a.items(),
                            pct(a.cer()),
                            pct(a.hanCer()),
                            pct(a.fieldsFound()),
                            a.secondsPerItem()));
                }
                for (String engine : engines) {
                    for (Score s : pdfs(engine)) {
                        md.append(String.format(
                                Locale.ROOT,
                                "%n- %s %s: CER %s, fields %d/%d",
                                engine,
                                s.item(),
                                pct(ratio(s.edits(), s.chars())),
                                s.found(),
                                s.fields()));
                    }
                }
                md.append('\n');
            }
            return md.toString();
        }

        String tsv() {
            StringBuilder t = new StringBuilder(
                    "split\tengine\tgroup\tkey\titems\tcer\than_cer\tfields_found\tseconds_per_item\n");
            for (String engine : engines) {
                row(t, engine, "overall", "all", Agg.of(pages(engine)));
                groupBy(engine, Score::material).forEach((k, a) -> row(t, engine, "material", k, a));
                groupBy(engine, s -> s.kind() + "-" + s.level()).forEach((k, a) -> row(t, engine, "degradation", k, a));
                if (!pdfs(engine).isEmpty()) {
                    row(t, engine, "pdf", "all", Agg.of(pdfs(engine)));
                }
            }
            return t.toString();
        }

        private void row(StringBuilder t, String engine, String group, String key, Agg a) {
            t.append(String.format(
                    Locale.ROOT,
                    "%s\t%s\t%s\t%s\t%d\t%.4f\t%.4f\t%.4f\t%.3f%n",
                    split,
                    engine,
                    group,
                    key,
                    a.items(),
                    a.cer(),
                    a.hanCer(),
                    a.fieldsFound(),
                    a.secondsPerItem()));
        }
    }
}
