/**
 * A synthetic, reproducible corpus of Chinese government materials (rendered with Java2D, with
 * ground truth) and helpers to measure OCR quality. Used by the module's tests and by the ingest
 * benchmarks; nothing in the ingest path depends on it.
 */
package org.yici.ingest.corpus;
