package org.yici.rules.check;

import java.util.List;
import org.yici.rules.model.PrintedValueChanged;
import org.yici.rules.model.ReusedMaterial;

/**
 * What the service knows about a request beyond the request itself, from its own records.
 *
 * @param dishonestyBasis non-null when the applicant is on the dishonesty list (失信名单): the
 *     entry it rests on
 * @param documents what was read from the uploaded files, one per material with a file
 * @param reused materials handed in with earlier accepted checks that the service found still
 *     valid and the request asked to reuse (免于提交)
 * @param printedChanges values of pre-filled forms handed back that differ from what was printed
 */
public record CheckContext(
        String dishonestyBasis,
        List<DocumentReading> documents,
        List<ReusedMaterial> reused,
        List<PrintedValueChanged> printedChanges) {
    public static final CheckContext NONE = new CheckContext(null);

    public CheckContext {
        documents = documents == null ? List.of() : List.copyOf(documents);
        reused = reused == null ? List.of() : List.copyOf(reused);
        printedChanges = printedChanges == null ? List.of() : List.copyOf(printedChanges);
    }

    public CheckContext(String dishonestyBasis, List<DocumentReading> documents, List<ReusedMaterial> reused) {
        this(dishonestyBasis, documents, reused, List.of());
    }

    public CheckContext(String dishonestyBasis) {
        this(dishonestyBasis, List.of(), List.of());
    }

    /** This context with the readings of the uploaded files. */
    public CheckContext withDocuments(List<DocumentReading> readings) {
        return new CheckContext(dishonestyBasis, readings, reused, printedChanges);
    }

    /** This context with the earlier materials the service let the request reuse. */
    public CheckContext withReused(List<ReusedMaterial> materials) {
        return new CheckContext(dishonestyBasis, documents, materials, printedChanges);
    }

    /** This context with what pre-filled forms handed back changed of their printed values. */
    public CheckContext withPrintedChanges(List<PrintedValueChanged> changes) {
        return new CheckContext(dishonestyBasis, documents, reused, changes);
    }
}
