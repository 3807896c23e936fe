package org.yici.ingest;

/** Image clean-up steps before OCR; each one is kept only where it measurably lowers the error. */
public enum Preprocessing {
    /** Paint red and orange pixels (seals, stamps) white so black text under them stays. */
    SEAL_SUPPRESSION,
    /**
     * Divide by an estimate of the paper brightness (a coarse, smoothed maximum), so shadows and
     * uneven light of phone photos do not turn into black blobs when Tesseract binarises.
     */
    FLATTEN_BACKGROUND,
    /** Stretch the grey levels between the 1st and 99th percentile. */
    CONTRAST,
    /** 3x3 median filter against salt-and-pepper scanner noise. */
    DENOISE,
    /** Measure the skew (Tess4J {@code ImageDeskew}) and rotate it away when over 0.3 degrees. */
    DESKEW,
    /** Scale images declared (or assumed) below 200 dpi up to 300 dpi. */
    UPSCALE_LOW_DPI
}
