package org.yici.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.yici.ingest.corpus.Cer;
import org.yici.ingest.corpus.CjkFonts;
import org.yici.ingest.corpus.Corpus;
import org.yici.ingest.corpus.CorpusPage;
import org.yici.ingest.corpus.Degradation;
import org.yici.ingest.corpus.Material;

/**
 * Character error rate of the real pipeline (real Tesseract) on the generated corpus: five
 * materials per degradation level, in the installed CJK fonts. Bounds are the means measured on
 * Debian 12 (Tesseract 5.3.0, tessdata 4.1.0 chi_sim) with margin; see docs/benchmarks/ingest.md.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OcrQualityTest {
    /** Upper bound on the mean CER of a level (measured mean in the comment). */
    private static final Map<Degradation, Double> MEAN_BOUND = new EnumMap<>(Map.of(
            Degradation.CLEAN, 0.08, // 0.043
            Degradation.ROTATED_2DEG, 0.11, // 0.056
            Degradation.GAUSSIAN_NOISE, 0.13, // 0.083
            Degradation.BLUR, 0.09, // 0.057
            Degradation.JPEG_Q25, 0.10, // 0.061
            Degradation.RED_SEAL, 0.13, // 0.084
            Degradation.LOW_DPI_150, 0.09, // 0.053
            Degradation.PHONE_PHOTO, 0.12)); // 0.077

    /** No single page may be worse than this at any level (worst measured: 0.148). */
    private static final double PAGE_BOUND = 0.25;

    private final Map<Degradation, List<Double>> cers = new EnumMap<>(Degradation.class);

    @BeforeAll
    void recogniseTheCorpus() throws Exception {
        List<CorpusPage> pages = Corpus.standard(CjkFonts.renderingFonts(3));
        try (IngestService service = new IngestService(SharedIngestor.DEFAULT, 2)) {
            List<IngestRequest> requests = new ArrayList<>();
            pages.forEach(p -> requests.add(new IngestRequest(p.name(), p.encoded())));
            List<IngestOutcome> outcomes = service.ingestAll(requests);
            for (int i = 0; i < pages.size(); i++) {
                CorpusPage page = pages.get(i);
                IngestOutcome outcome = outcomes.get(i);
                assertThat(outcome.succeeded()).as(page.name()).isTrue();
                double cer = Cer.of(page.groundTruth(), outcome.document().text());
                cers.computeIfAbsent(page.degradation(), d -> new ArrayList<>()).add(cer);
                assertThat(cer).as("CER of %s", page.name()).isLessThanOrEqualTo(PAGE_BOUND);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Degradation.class)
    void keepsTheCharacterErrorRateWithinItsMeasuredBound(Degradation level) {
        List<Double> values = cers.get(level);
        assertThat(values).hasSize(Material.values().length);
        double mean = values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        assertThat(mean).as("mean CER at %s: %s", level, values).isLessThanOrEqualTo(MEAN_BOUND.get(level));
    }

    @Test
    void recordsPageEvidenceForImages() throws Exception {
        CorpusPage page = Corpus.page(
                Material.ID_CARD, Degradation.CLEAN, CjkFonts.renderingFonts(1).get(0));
        IngestedPage result =
                SharedIngestor.DEFAULT.ingest(page.encoded(), "id.png").pages().get(0);
        assertThat(result.source()).isEqualTo(PageSource.OCR);
        assertThat(result.ocrDpi()).isEqualTo(300);
        assertThat(result.words()).anySatisfy(w -> assertThat(w.text()).isEqualTo("身份"));
        // Boxes are in pixels of the recognised image: the card is 1011 x 638 at 300 dpi.
        assertThat(result.words()).allSatisfy(w -> {
            assertThat(w.box().x() + w.box().width()).isLessThanOrEqualTo(1011);
            assertThat(w.box().y() + w.box().height()).isLessThanOrEqualTo(638);
        });
        assertThat(result.meanConfidence()).isGreaterThan(0.6);
    }

    @Test
    void suppressingRedSealsKeepsTheTextUnderThem() throws Exception {
        CorpusPage page = Corpus.page(
                Material.APPLICATION_FORM,
                Degradation.RED_SEAL,
                CjkFonts.renderingFonts(1).get(0));
        double with = cer(SharedIngestor.DEFAULT, page);
        double without = cerWithout(Preprocessing.SEAL_SUPPRESSION, page);
        assertThat(with).isLessThan(without);
    }

    @Test
    void flatteningTheBackgroundRescuesUnevenlyLitPhotos() throws Exception {
        CorpusPage page = Corpus.page(
                Material.COMMITMENT_LETTER,
                Degradation.PHONE_PHOTO,
                CjkFonts.renderingFonts(2).get(1 % CjkFonts.renderingFonts(2).size()));
        double with = cer(SharedIngestor.DEFAULT, page);
        double without = cerWithout(Preprocessing.FLATTEN_BACKGROUND, page);
        assertThat(with).isLessThan(0.15);
        assertThat(without).isGreaterThan(with * 2);
    }

    private static double cerWithout(Preprocessing step, CorpusPage page) throws Exception {
        EnumSet<Preprocessing> steps = EnumSet.copyOf(IngestConfig.defaults().preprocessing());
        steps.remove(step);
        try (Ingestor ingestor = Ingestor.create(
                IngestConfig.builder().preprocessing(steps).ocrThreads(1).build())) {
            return cer(ingestor, page);
        }
    }

    private static double cer(Ingestor ingestor, CorpusPage page) throws Exception {
        return Cer.of(
                page.groundTruth(), ingestor.ingest(page.encoded(), page.name()).text());
    }
}
