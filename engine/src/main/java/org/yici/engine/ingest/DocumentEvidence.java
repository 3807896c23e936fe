package org.yici.engine.ingest;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import org.yici.engine.content.Classification;
import org.yici.engine.content.PageMarks;
import org.yici.engine.content.PageMarksListener;
import org.yici.engine.content.ReadField;
import org.yici.ingest.IngestOutcome;
import org.yici.ingest.IngestedDocument;
import org.yici.ingest.IngestedPage;
import org.yici.ingest.PageSource;
import org.yici.rules.check.DocumentReading;

/**
 * What ingest found in one uploaded file, as the check result shows it.
 *
 * @param id the material id the file was sent for
 * @param mediaType the type detected from the content (never from the name)
 * @param ocr whether any page needed OCR
 * @param ocrConfidence the lowest page reading confidence (1.0 for a text layer)
 * @param error the ingest error kind (ENCRYPTED, CORRUPT, TOO_LARGE, UNSUPPORTED_TYPE, TIMEOUT, EMPTY)
 * @param message what a clerk is told about the error
 * @param type the material type its content looks like (material-types.yaml), null when none
 *     (ARCHITECTURE §3: {@code type} and {@code confidence} are the classification)
 * @param confidence how clearly it looks like that type, 0..1
 * @param typeEvidence the words that decided the type, with their pages
 * @param fields the labelled fields read from it, with page and confidence
 * @param unreadablePages pages too unclear to judge
 * @param seal whether a red seal was seen on a page image; null when there was no image to look at
 * @param document the ingested text, kept in process for reading; never serialised
 * @param reading what the rules get from it; never serialised (the fields above show it)
 * @param marks what the pictures of its scanned pages showed (seals, signature ink) by page
 *     number, looked at while it was read; null when it was not read with a {@link
 *     PageMarksListener}; never serialised
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentEvidence(
        String id,
        String file,
        String mediaType,
        Integer pages,
        Boolean ocr,
        Double ocrConfidence,
        List<Page> pageEvidence,
        String error,
        String message,
        String type,
        Double confidence,
        List<Classification.Cue> typeEvidence,
        List<ReadField> fields,
        List<Integer> unreadablePages,
        Boolean seal,
        @JsonIgnore IngestedDocument document,
        @JsonIgnore DocumentReading reading,
        @JsonIgnore Map<Integer, PageMarks> marks) {

    public DocumentEvidence(
            String id,
            String file,
            String mediaType,
            Integer pages,
            Boolean ocr,
            Double ocrConfidence,
            List<Page> pageEvidence,
            String error,
            String message) {
        this(
                id,
                file,
                mediaType,
                pages,
                ocr,
                ocrConfidence,
                pageEvidence,
                error,
                message,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    /**
     * Reads stored evidence, including records written before the §3 names: those had the type
     * as {@code materialType}, its confidence as {@code typeConfidence} and the OCR confidence as
     * {@code confidence}.
     */
    @JsonCreator
    public static DocumentEvidence fromJson(
            @JsonProperty("id") String id,
            @JsonProperty("file") String file,
            @JsonProperty("mediaType") String mediaType,
            @JsonProperty("pages") Integer pages,
            @JsonProperty("ocr") Boolean ocr,
            @JsonProperty("ocrConfidence") Double ocrConfidence,
            @JsonProperty("pageEvidence") List<Page> pageEvidence,
            @JsonProperty("error") String error,
            @JsonProperty("message") String message,
            @JsonProperty("type") String type,
            @JsonProperty("confidence") Double confidence,
            @JsonProperty("typeEvidence") List<Classification.Cue> typeEvidence,
            @JsonProperty("fields") List<ReadField> fields,
            @JsonProperty("unreadablePages") List<Integer> unreadablePages,
            @JsonProperty("seal") Boolean seal,
            @JsonProperty("materialType") String legacyType,
            @JsonProperty("typeConfidence") Double legacyTypeConfidence) {
        boolean legacy = ocrConfidence == null && type == null && (legacyType != null || confidence != null);
        return new DocumentEvidence(
                id,
                file,
                mediaType,
                pages,
                ocr,
                legacy ? confidence : ocrConfidence,
                pageEvidence,
                error,
                message,
                legacy ? legacyType : type,
                legacy ? legacyTypeConfidence : confidence,
                typeEvidence,
                fields,
                unreadablePages,
                seal,
                null,
                null,
                null);
    }

    /** This evidence with what its content was read as. */
    public DocumentEvidence withReading(
            Classification classification,
            List<ReadField> read,
            List<Integer> unreadable,
            Boolean sealSeen,
            DocumentReading forRules) {
        return new DocumentEvidence(
                id,
                file,
                mediaType,
                pages,
                ocr,
                ocrConfidence,
                pageEvidence,
                error,
                message,
                classification.type(),
                classification.confidence(),
                classification.evidence(),
                read.isEmpty() ? null : read,
                unreadable.isEmpty() ? null : unreadable,
                sealSeen,
                document,
                forRules,
                marks);
    }

    /** This evidence with what the pictures of its pages showed. */
    public DocumentEvidence withMarks(Map<Integer, PageMarks> seen) {
        return new DocumentEvidence(
                id,
                file,
                mediaType,
                pages,
                ocr,
                ocrConfidence,
                pageEvidence,
                error,
                message,
                type,
                confidence,
                typeEvidence,
                fields,
                unreadablePages,
                seal,
                document,
                reading,
                seen);
    }

    /**
     * One page: where its text came from and how sure the OCR was.
     *
     * @param number the page's number in its file
     * @param file the file it is in, for a document whose pages come from more than one file (a
     *     stack document running from one file into the next); null otherwise
     */
    public record Page(
            int number,
            String source,
            int chars,
            double confidence,
            @JsonInclude(JsonInclude.Include.NON_NULL) String file) {
        public Page(int number, String source, int chars, double confidence) {
            this(number, source, chars, confidence, null);
        }
    }

    /** This evidence with its pages' evidence replaced (pages put back in their files). */
    public DocumentEvidence withPageEvidence(List<Page> placed) {
        return new DocumentEvidence(
                id,
                file,
                mediaType,
                pages,
                ocr,
                ocrConfidence,
                placed,
                error,
                message,
                type,
                confidence,
                typeEvidence,
                fields,
                unreadablePages,
                seal,
                document,
                reading,
                marks);
    }

    public static DocumentEvidence of(String id, IngestOutcome outcome) {
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
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                doc,
                null,
                null);
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
