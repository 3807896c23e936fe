package org.yici.engine.ingest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.yici.ingest.IngestOutcome;
import org.yici.ingest.IngestedDocument;
import org.yici.ingest.IngestedPage;
import org.yici.ingest.PageSource;

/**
 * What ingest found in one uploaded file, as the check result shows it.
 *
 * @param id the material id the file was sent for
 * @param mediaType the type detected from the content (never from the name)
 * @param ocr whether any page needed OCR
 * @param confidence the lowest page confidence (1.0 for a text layer)
 * @param error the ingest error kind (ENCRYPTED, CORRUPT, TOO_LARGE, UNSUPPORTED_TYPE, TIMEOUT)
 * @param message what a clerk is told about the error
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentEvidence(
        String id,
        String file,
        String mediaType,
        Integer pages,
        Boolean ocr,
        Double confidence,
        List<Page> pageEvidence,
        String error,
        String message) {

    /** One page: where its text came from and how sure the OCR was. */
    public record Page(int number, String source, int chars, double confidence) {}

    static DocumentEvidence of(String id, IngestOutcome outcome) {
        if (!outcome.succeeded()) {
            return new DocumentEvidence(
                    id,
                    outcome.declaredName(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    outcome.error().kind().name(),
                    outcome.error().getMessage());
        }
        IngestedDocument doc = outcome.document();
        List<Page> pages = doc.pages().stream()
                .map(p -> new Page(p.number(), p.source().name(), p.charCount(), round(p.meanConfidence())))
                .toList();
        double lowest = doc.pages().stream()
                .mapToDouble(IngestedPage::meanConfidence)
                .min()
                .orElse(0);
        return new DocumentEvidence(
                id,
                doc.declaredName(),
                doc.type().mediaType(),
                doc.pages().size(),
                doc.pages().stream().anyMatch(p -> p.source() == PageSource.OCR),
                round(lowest),
                pages,
                null,
                null);
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
