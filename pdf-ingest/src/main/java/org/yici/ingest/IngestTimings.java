package org.yici.ingest;

/**
 * Where the time went, in milliseconds. {@code ocrMillis} sums OCR worker time and can exceed
 * {@code totalMillis} when pages are recognised in parallel.
 */
public record IngestTimings(long totalMillis, long textLayerMillis, long renderMillis, long ocrMillis) {}
