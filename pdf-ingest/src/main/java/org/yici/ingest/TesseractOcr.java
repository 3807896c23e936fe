package org.yici.ingest;

import java.awt.image.BufferedImage;
import java.util.List;

/** The Tesseract engine with the preprocessing measured for it ({@link Preprocessor}). */
final class TesseractOcr implements OcrEngine {
    private final IngestConfig config;
    private final TesseractEngine tesseract;

    TesseractOcr(IngestConfig config) {
        this.config = config;
        this.tesseract = new TesseractEngine(config);
    }

    @Override
    public OcrResult recognize(BufferedImage image, int dpi, int pageNumber, Deadline deadline) {
        Preprocessor.Prepared prepared = Preprocessor.prepare(image, dpi, config);
        OcrResult result = tesseract.recognize(prepared.gray(), prepared.dpi(), pageNumber, deadline.remainingMillis());
        if (result == null && !deadline.expired()) {
            // Tesseract refuses some images outright (a few pixels): an empty page, not a timeout.
            return new OcrResult("", 0.0, prepared.dpi(), List.of(), 0, null);
        }
        OcrFrame frame =
                new OcrFrame(prepared.gray().getWidth(), prepared.gray().getHeight(), prepared.rotation());
        return result == null ? null : result.in(frame);
    }

    @Override
    public void close() {
        tesseract.close();
    }
}
