package org.yici.ingest;

/** When to run OCR (after Apache Tika's {@code PDFParserConfig.OCR_STRATEGY}). */
public enum OcrStrategy {
    /** PDF pages with too little or unmapped text, and every image. */
    AUTO,
    /** Every page, even with a good text layer. */
    ALWAYS,
    /** Never; image pages come back empty with source {@link PageSource#NONE}. For fuzzing. */
    NEVER
}
