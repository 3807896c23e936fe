package org.yici.ingest;

import java.util.EnumMap;
import java.util.Map;
import org.yici.ingest.corpus.Degradation;

/** The PP-OCR engine's bounds (the default engine). */
class PaddleOcrQualityTest extends OcrQualityContract {
    /**
     * Measured means with the defaults (detector at 1280 px, seal ink turned to paper): 0.002
     * clean, 0 rotated, 0 noise, 0.002 blur, 0.002 JPEG, 0.001 seal, 0.003 at 150 dpi, 0.002 phone.
     */
    private static final Map<Degradation, Double> MEAN_BOUND = new EnumMap<>(Map.of(
            Degradation.CLEAN, 0.02,
            Degradation.ROTATED_2DEG, 0.02,
            Degradation.GAUSSIAN_NOISE, 0.02,
            Degradation.BLUR, 0.02,
            Degradation.JPEG_Q25, 0.02,
            Degradation.RED_SEAL, 0.02,
            Degradation.LOW_DPI_150, 0.02,
            Degradation.PHONE_PHOTO, 0.02));

    @Override
    Map<Degradation, Double> meanBound() {
        return MEAN_BOUND;
    }

    /** Worst page measured: 0.013 (150 dpi). */
    @Override
    double pageBound() {
        return 0.06;
    }

    @Override
    Ingestor ingestor() {
        return SharedIngestor.DEFAULT;
    }
}
