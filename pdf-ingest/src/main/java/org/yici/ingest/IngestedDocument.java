package org.yici.ingest;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The result of ingesting one file: pages in order, each with text and evidence.
 *
 * @param declaredName the name the uploader gave; informational only, never used for detection
 * @param type type detected from content
 * @param pages pages in document order, never empty
 */
public record IngestedDocument(
        String declaredName, DocumentType type, List<IngestedPage> pages, IngestTimings timings) {

    public IngestedDocument {
        pages = List.copyOf(pages);
    }

    /** All page texts joined by a form feed, the conventional page separator. */
    public String text() {
        return pages.stream().map(IngestedPage::text).collect(Collectors.joining("\f"));
    }

    /** Whether any page needed OCR. */
    public boolean ocrUsed() {
        return pages.stream().anyMatch(p -> p.source() == PageSource.OCR);
    }
}
