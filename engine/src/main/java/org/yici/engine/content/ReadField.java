package org.yici.engine.content;

/**
 * A field read from a document.
 *
 * @param field the key the rules know (name, idNumber, creditCode, validUntil, ...)
 * @param value normalised: dates ISO, identifiers upper case, 长期 kept
 * @param page 1-based page
 * @param label the label as printed before the value (NFKC), to quote in the notice
 * @param confidence the page's reading confidence, 0..1
 */
public record ReadField(String field, String value, int page, String label, double confidence) {}
