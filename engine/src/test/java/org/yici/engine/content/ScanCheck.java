package org.yici.engine.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.yici.engine.ingest.DocumentEvidence;
import org.yici.ingest.IngestRequest;
import org.yici.rules.build.RuleBook;
import org.yici.rules.build.RuleSource;
import org.yici.rules.check.CheckContext;
import org.yici.rules.check.CheckOutcome;
import org.yici.rules.check.CheckRequest;
import org.yici.rules.check.CheckRequest.Party;
import org.yici.rules.check.Checker;
import org.yici.rules.check.DocumentReading;
import org.yici.rules.model.Form;

/** One generated scan read as a check reads it and offered to the real rules (no HTTP, no Spring). */
final class ScanCheck {
    static final Checker CHECKER = new Checker(RuleBook.build(RuleSource.classpath()));

    private ScanCheck() {}

    /** The scan ingested (real Tesseract) and read; {@code name} is its file name. */
    static DocumentEvidence read(String id, String name, byte[] bytes) {
        DocumentEvidence ingested = CorpusReading.ingested(id, name, bytes);
        return DocumentReadings.read(List.of(ingested), Map.of(id, new IngestRequest(name, bytes)), CorpusReading.TYPES)
                .get(0);
    }

    /**
     * Checks a package of the matter on 2026-03-02 in which the read documents are the materials
     * of the given codes (by their evidence ids) and the other codes are ticked without files.
     */
    static CheckOutcome check(
            String matter, Party applicant, Party agent, Map<String, DocumentEvidence> byCode, List<String> ticked) {
        List<CheckRequest.Material> materials = new java.util.ArrayList<>();
        byCode.forEach(
                (code, e) -> materials.add(new CheckRequest.Material(e.id(), code, form(code), 1, e.file(), null)));
        ticked.forEach(code -> materials.add(new CheckRequest.Material(code, code, form(code), 1, null, null)));
        CheckRequest request = new CheckRequest(
                matter,
                LocalDate.of(2026, 3, 2),
                "WINDOW",
                applicant,
                agent,
                Map.of(),
                List.of(),
                List.of(),
                materials);
        List<DocumentReading> readings = byCode.values().stream()
                .map(DocumentEvidence::reading)
                .filter(java.util.Objects::nonNull)
                .toList();
        return CHECKER.check(request, CheckContext.NONE.withDocuments(readings));
    }

    private static Form form(String code) {
        return code.endsWith("-01") || code.endsWith("-04") ? Form.ORIGINAL : Form.COPY;
    }
}
