package org.yici.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yici.ingest.corpus.Cer;
import org.yici.ingest.corpus.CjkFonts;
import org.yici.ingest.corpus.Corpus;
import org.yici.ingest.corpus.CorpusPage;
import org.yici.ingest.corpus.Degradation;
import org.yici.ingest.corpus.Material;

/** The Tesseract engine's bounds, and what its preprocessing steps are for. */
class TesseractOcrQualityTest extends OcrQualityContract {
    /** Measured means: clean 0.043, rotated 0.056, noise 0.083, blur 0.057, JPEG 0.061, seal 0.084, 150 dpi 0.053, phone 0.077. */
    private static final Map<Degradation, Double> MEAN_BOUND = new EnumMap<>(Map.of(
            Degradation.CLEAN, 0.08,
            Degradation.ROTATED_2DEG, 0.11,
            Degradation.GAUSSIAN_NOISE, 0.13,
            Degradation.BLUR, 0.09,
            Degradation.JPEG_Q25, 0.10,
            Degradation.RED_SEAL, 0.13,
            Degradation.LOW_DPI_150, 0.09,
            Degradation.PHONE_PHOTO, 0.12));

    @Override
    Map<Degradation, Double> meanBound() {
        return MEAN_BOUND;
    }

    /** Worst page measured: 0.148. */
    @Override
    double pageBound() {
        return 0.25;
    }

    @Override
    Ingestor ingestor() {
        return SharedIngestor.TESSERACT;
    }

    @Test
    void suppressingRedSealsKeepsTheTextUnderThem() throws Exception {
        CorpusPage page = Corpus.page(
                Material.APPLICATION_FORM,
                Degradation.RED_SEAL,
                CjkFonts.renderingFonts(1).get(0));
        double with = cer(SharedIngestor.TESSERACT, page);
        double without = cerWithout(Preprocessing.SEAL_SUPPRESSION, page);
        assertThat(with).isLessThan(without);
    }

    @Test
    void flatteningTheBackgroundRescuesUnevenlyLitPhotos() throws Exception {
        CorpusPage page = Corpus.page(
                Material.COMMITMENT_LETTER,
                Degradation.PHONE_PHOTO,
                CjkFonts.renderingFonts(2).get(1 % CjkFonts.renderingFonts(2).size()));
        double with = cer(SharedIngestor.TESSERACT, page);
        double without = cerWithout(Preprocessing.FLATTEN_BACKGROUND, page);
        assertThat(with).isLessThan(0.15);
        assertThat(without).isGreaterThan(with * 2);
    }

    private static double cerWithout(Preprocessing step, CorpusPage page) throws Exception {
        EnumSet<Preprocessing> steps = EnumSet.copyOf(IngestConfig.defaults().preprocessing());
        steps.remove(step);
        try (Ingestor ingestor = Ingestor.create(IngestConfig.builder()
                .ocrEngine(OcrEngineKind.TESSERACT)
                .preprocessing(steps)
                .ocrThreads(1)
                .build())) {
            return cer(ingestor, page);
        }
    }

    private static double cer(Ingestor ingestor, CorpusPage page) throws Exception {
        return Cer.of(
                page.groundTruth(), ingestor.ingest(page.encoded(), page.name()).text());
    }
}
