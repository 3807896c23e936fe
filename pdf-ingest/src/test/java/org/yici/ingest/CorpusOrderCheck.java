package org.yici.ingest;

import java.util.List;
import java.util.Locale;
import org.yici.ingest.corpus.Cer;
import org.yici.ingest.corpus.CjkFonts;
import org.yici.ingest.corpus.Corpus;
import org.yici.ingest.corpus.CorpusPage;

/**
 * The PP-OCR engine's text of every page of the standard generated corpus: CER against the truth
 * and a hash of the text, one page a line. A program, not a test: run it on two builds (say with
 * and without a reading-order change) and compare the hashes to see which pages' text changed.
 *
 * <pre>
 * java -cp pdf-ingest/target/test-classes:pdf-ingest/target/classes:$(cat pdf-ingest/target/cp.txt) \
 *     org.yici.ingest.CorpusOrderCheck
 * </pre>
 */
final class CorpusOrderCheck {
    private CorpusOrderCheck() {}

    public static void main(String[] args) throws Exception {
        List<CorpusPage> pages = Corpus.standard(CjkFonts.renderingFonts(3));
        double sum = 0;
        try (Ingestor ingestor = Ingestor.create(
                IngestConfig.builder().ocrEngine(OcrEngineKind.PADDLE).build())) {
            for (CorpusPage p : pages) {
                String text = ingestor.ingest(p.encoded(), p.name()).text();
                double cer = Cer.of(p.groundTruth(), text);
                sum += cer;
                System.out.printf(Locale.ROOT, "%-50s %.4f %08x%n", p.name(), cer, text.hashCode());
            }
        }
        System.out.printf(Locale.ROOT, "mean %.4f over %d%n", sum / pages.size(), pages.size());
    }
}
