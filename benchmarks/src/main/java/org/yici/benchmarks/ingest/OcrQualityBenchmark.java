package org.yici.benchmarks.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yici.ingest.IngestConfig;
import org.yici.ingest.IngestedDocument;
import org.yici.ingest.Ingestor;
import org.yici.ingest.corpus.Cer;
import org.yici.ingest.corpus.CjkFonts;
import org.yici.ingest.corpus.Corpus;
import org.yici.ingest.corpus.CorpusPage;
import org.yici.ingest.corpus.Degradation;

/**
 * Character error rate per degradation level: the pipeline against the raw {@code tesseract}
 * command (defaults, and with the pipeline's page segmentation mode) on the same images.
 */
final class OcrQualityBenchmark {
    record Row(Degradation level, double pipeline, double rawDefault, double rawSamePsm, double worstPipeline) {}

    private OcrQualityBenchmark() {}

    static List<Row> run(IngestConfig config, Path workDir, boolean withRaw) throws Exception {
        String only = System.getProperty("levels", "");
        List<CorpusPage> pages = Corpus.standard(CjkFonts.renderingFonts(3)).stream()
                .filter(p -> only.isEmpty() || only.contains(p.degradation().name()))
                .toList();
        Map<Degradation, double[]> sums = new EnumMap<>(Degradation.class);
        try (Ingestor ingestor = Ingestor.create(config)) {
            for (CorpusPage page : pages) {
                IngestedDocument doc = ingestor.ingest(page.encoded(), page.name());
                double cer = Cer.of(page.groundTruth(), doc.text());
                double raw = Double.NaN;
                double rawPsm = Double.NaN;
                if (withRaw) {
                    Path file = workDir.resolve(page.name() + (page.encoded()[0] == (byte) 0x89 ? ".png" : ".jpg"));
                    Files.write(file, page.encoded());
                    raw = Cer.of(page.groundTruth(), RawTesseract.recognize(file, config.languages(), null));
                    rawPsm = Cer.of(
                            page.groundTruth(), RawTesseract.recognize(file, config.languages(), config.pageSegMode()));
                }
                double[] s = sums.computeIfAbsent(page.degradation(), d -> new double[5]);
                s[0] += cer;
                s[1] += raw;
                s[2] += rawPsm;
                s[3] = Math.max(s[3], cer);
                s[4]++;
                System.out.printf(
                        Locale.ROOT,
                        "%-36s %-28s pipeline %.3f raw %.3f raw-psm %.3f%n",
                        page.name(),
                        page.fontFamily(),
                        cer,
                        raw,
                        rawPsm);
            }
        }
        List<Row> rows = new ArrayList<>();
        sums.forEach((d, s) -> rows.add(new Row(d, s[0] / s[4], s[1] / s[4], s[2] / s[4], s[3])));
        return rows;
    }
}
