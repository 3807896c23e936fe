package org.yici.ingest;

/**
 * One ingestor for the whole test run: loading chi_sim into a Tesseract engine takes longer than
 * recognising a page, so test classes share the pool (its threads are daemons).
 */
final class SharedIngestor {
    static final Ingestor DEFAULT = Ingestor.create(IngestConfig.defaults());

    private SharedIngestor() {}
}
