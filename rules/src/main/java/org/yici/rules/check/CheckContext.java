package org.yici.rules.check;

import java.util.List;

/**
 * What the service knows about a request beyond the request itself, from its own records.
 *
 * @param dishonestyBasis non-null when the applicant is on the dishonesty list (失信名单): the
 *     entry it rests on
 * @param documents what was read from the uploaded files, one per material with a file
 */
public record CheckContext(String dishonestyBasis, List<DocumentReading> documents) {
    public static final CheckContext NONE = new CheckContext(null);

    public CheckContext {
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    public CheckContext(String dishonestyBasis) {
        this(dishonestyBasis, List.of());
    }

    /** This context with the readings of the uploaded files. */
    public CheckContext withDocuments(List<DocumentReading> readings) {
        return new CheckContext(dishonestyBasis, readings);
    }
}
