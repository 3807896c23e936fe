package org.yici.rules.model;

/**
 * Where a field value was read: which uploaded document, which page, how sure the reading was.
 * Fields stated in the request have no source.
 *
 * @param document the file name the applicant uploaded
 * @param page 1-based page number
 * @param label the label as printed before the value (e.g. 承租方（乙方）), to quote in the notice
 * @param confidence 0..1 (1.0 for a PDF text layer)
 */
public record FieldSource(String document, int page, String label, double confidence) {}
