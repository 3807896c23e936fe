package org.yici.ingest;

import java.util.Objects;

/**
 * A file could not be ingested. {@link #getMessage()} is the Chinese text for the window clerk;
 * {@link #detail()} is the technical reason for logs and is never shown to applicants.
 */
public final class IngestException extends Exception {
    private static final long serialVersionUID = 1L;

    private final IngestErrorKind kind;
    private final String detail;

    public IngestException(IngestErrorKind kind, String detail) {
        this(kind, detail, null);
    }

    public IngestException(IngestErrorKind kind, String detail, Throwable cause) {
        super(Messages.error(Objects.requireNonNull(kind, "kind")), cause);
        this.kind = kind;
        this.detail = detail == null ? "" : detail;
    }

    public IngestErrorKind kind() {
        return kind;
    }

    /** Technical detail in English (for logs), e.g. which limit was exceeded. */
    public String detail() {
        return detail;
    }

    @Override
    public String toString() {
        return "IngestException[" + kind + ": " + detail + "]";
    }
}
