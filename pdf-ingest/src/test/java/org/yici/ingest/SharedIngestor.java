package org.yici.ingest;

/**
 * One ingestor per engine for the whole test run: loading models takes longer than recognising a
 * page, so test classes share the pools (their threads are daemons).
 */
final class SharedIngestor {
    /** The default engine (PP-OCR). */
    static final Ingestor DEFAULT = Ingestor.create(IngestConfig.defaults());

    static final Ingestor TESSERACT = Ingestor.create(IngestConfig.defaults().toBuilder()
            .ocrEngine(OcrEngineKind.TESSERACT)
            .build());

    private SharedIngestor() {}
}
