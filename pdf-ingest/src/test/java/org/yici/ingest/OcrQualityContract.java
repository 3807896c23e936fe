package org.yici.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
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
 * Character error rate of the real pipeline (real OCR engine, real models) on the generated
 * corpus: five materials per degradation level, in the installed CJK fonts. Each engine has its
 * own bounds: the means measured on Debian 12 with margin (docs/benchmarks/ingest.md). This corpus
 * is the one the Tesseract preprocessing was tuned on, so it guards against regressions; accuracy
 * claims come from the held-out split of the benchmark.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class OcrQualityContract {
    /** Upper bound on the mean CER of each level. */
    abstract Map<Degradation, Double> meanBound();

    /** No single page may be worse than this at any level. */
    abstract double pageBound();

    abstract Ingestor ingestor();

    private final Map<Degradation, List<Double>> cers = new EnumMap<>(Degradation.class);

    @BeforeAll
    void recogniseTheCorpus() throws Exception {
        List<CorpusPage> pages = Corpus.standard(CjkFonts.renderingFonts(3));
        try (IngestService service = new IngestService(ingestor(), 2)) {
            List<IngestRequest> requests = new ArrayList<>();
            pages.forEach(p -> requests.add(new IngestRequest(p.name(), p.encoded())));
            List<IngestOutcome> outcomes = service.ingestAll(requests);
            for (int i = 0; i < pages.size(); i++) {
                CorpusPage page = pages.get(i);
                IngestOutcome outcome = outcomes.get(i);
                assertThat(outcome.succeeded()).as(page.name()).isTrue();
                double cer = Cer.of(page.groundTruth(), outcome.document().text());
                cers.computeIfAbsent(page.degradation(), d -> new ArrayList<>()).add(cer);
                assertThat(cer).as("CER of %s", page.name()).isLessThanOrEqualTo(pageBound());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Degradation.class)
    void keepsTheCharacterErrorRateWithinItsMeasuredBound(Degradation level) {
        List<Double> values = cers.get(level);
        assertThat(values).hasSize(Material.values().length);
        double mean = values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        assertThat(mean)
                .as("mean CER at %s: %s", level, values)
                .isLessThanOrEqualTo(meanBound().get(level));
    }

    @Test
    void recordsPageEvidenceForImages() throws Exception {
        CorpusPage page = Corpus.page(
                Material.ID_CARD, Degradation.CLEAN, CjkFonts.renderingFonts(1).get(0));
        IngestedPage result =
                ingestor().ingest(page.encoded(), "id.png").pages().get(0);
        assertThat(result.source()).isEqualTo(PageSource.OCR);
        assertThat(result.ocrDpi()).isEqualTo(300);
        assertThat(result.words()).anySatisfy(w -> assertThat(w.text()).contains("身份"));
        // Boxes are in pixels of the recognised image: the card is 1011 x 638 at 300 dpi.
        assertThat(result.words()).allSatisfy(w -> {
            assertThat(w.box().x() + w.box().width()).isLessThanOrEqualTo(1011);
            assertThat(w.box().y() + w.box().height()).isLessThanOrEqualTo(638);
        });
        assertThat(result.meanConfidence()).isGreaterThan(0.6);
    }
}
