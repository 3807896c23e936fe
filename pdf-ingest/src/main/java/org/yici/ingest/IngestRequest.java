package org.yici.ingest;

import java.util.Objects;

/** One file for {@link IngestService#ingestAll}; the array is not copied, do not modify it. */
public record IngestRequest(String declaredName, byte[] content) {
    public IngestRequest {
        Objects.requireNonNull(content, "content");
    }
}
