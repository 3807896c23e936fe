package org.yici.ingest;

import java.util.Optional;

/** Either a document or the typed reason there is none; exactly one of the two is present. */
public record IngestOutcome(String declaredName, IngestedDocument document, IngestException error) {
    public IngestOutcome {
        if ((document == null) == (error == null)) {
            throw new IllegalArgumentException("exactly one of document and error");
        }
    }

    public static IngestOutcome of(String declaredName, IngestedDocument document) {
        return new IngestOutcome(declaredName, document, null);
    }

    public static IngestOutcome failed(String declaredName, IngestException error) {
        return new IngestOutcome(declaredName, null, error);
    }

    public boolean succeeded() {
        return document != null;
    }

    public Optional<IngestedDocument> documentIfAny() {
        return Optional.ofNullable(document);
    }
}
