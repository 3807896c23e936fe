package org.yici.ingest;

import java.util.Locale;

/** Which OCR engine reads scanned pages. */
public enum OcrEngineKind {
    /**
     * PaddleOCR's PP-OCR models (text detection, angle classification, recognition) run by ONNX
     * Runtime. The default: it reads degraded scans and ruled forms far better than Tesseract
     * (docs/benchmarks/ingest.md).
     */
    PADDLE,
    /** Tesseract 5 through Tess4J, with the preprocessing tuned for it. */
    TESSERACT;

    /** Parses the configuration value ({@code paddle} or {@code tesseract}, any case). */
    public static OcrEngineKind parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown OCR engine '" + value + "' (paddle or tesseract)", e);
        }
    }
}
