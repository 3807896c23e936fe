package org.yici.engine.content;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A field read from a document.
 *
 * @param field the key the rules know (name, idNumber, creditCode, validUntil, ...)
 * @param value normalised: dates ISO, identifiers upper case, 长期 kept
 * @param page 1-based page
 * @param label the label as printed before the value (NFKC), to quote in the notice
 * @param confidence the page's reading confidence, 0..1
 * @param ocrRead for an identifier whose look-alike glyphs were corrected (O→0, B→8, ...): what
 *     OCR read; null when the value is as read
 * @param file the file the page is in, for a document whose pages come from more than one file
 *     (a stack document running from one file into the next); null otherwise
 */
public record ReadField(
        String field,
        String value,
        int page,
        String label,
        double confidence,
        @JsonInclude(JsonInclude.Include.NON_NULL) String ocrRead,
        @JsonInclude(JsonInclude.Include.NON_NULL) String file) {

    public ReadField(String field, String value, int page, String label, double confidence) {
        this(field, value, page, label, confidence, null, null);
    }

    public ReadField(String field, String value, int page, String label, double confidence, String ocrRead) {
        this(field, value, page, label, confidence, ocrRead, null);
    }

    /** Whether OCR's reading was corrected to get the value. */
    boolean corrected() {
        return ocrRead != null;
    }
}
