package org.yici.ingest;

/**
 * Why a file could not be ingested. Each kind has a clerk-readable Chinese message in {@code
 * org/yici/ingest/messages.properties} under {@code error.<KIND>}.
 */
public enum IngestErrorKind {
    /** The PDF needs a password to open. */
    ENCRYPTED,
    /** The bytes claim a supported type but cannot be read as one. */
    CORRUPT,
    /** Bytes, pages or pixels exceed the configured limits. */
    TOO_LARGE,
    /** Not a PDF, PNG, JPEG or TIFF by content. */
    UNSUPPORTED_TYPE,
    /** The per-document time limit ran out. */
    TIMEOUT,
    /** The file has no bytes at all. */
    EMPTY
}
