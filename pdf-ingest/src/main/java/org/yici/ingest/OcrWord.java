package org.yici.ingest;

/**
 * One recognised word, kept so later checks (seals, signatures, fields) can point at evidence.
 *
 * @param text NFKC-normalised word
 * @param page 1-based page number
 * @param box where on the OCR image (see {@link IngestedPage#ocrDpi()}) the word is
 * @param confidence Tesseract's word confidence scaled to 0..1
 */
public record OcrWord(String text, int page, BoundingBox box, double confidence) {}
