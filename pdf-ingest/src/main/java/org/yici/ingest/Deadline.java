package org.yici.ingest;

import java.time.Duration;

/**
 * The time budget of one document. Long-running loops (content stream operators, pages, OCR)
 * check it cooperatively, so a hostile file ends the work instead of holding a worker.
 */
final class Deadline {
    private final long endNanos;
    private final Duration budget;

    private Deadline(Duration budget) {
        this.budget = budget;
        this.endNanos = System.nanoTime() + budget.toNanos();
    }

    static Deadline after(Duration budget) {
        return new Deadline(budget);
    }

    long remainingMillis() {
        return Math.max(0, (endNanos - System.nanoTime()) / 1_000_000);
    }

    boolean expired() {
        return System.nanoTime() - endNanos >= 0;
    }

    void check() throws IngestException {
        if (expired()) {
            throw timeout();
        }
    }

    /** For callbacks that cannot throw checked exceptions (PDFBox operator hooks). */
    void checkUnchecked() {
        if (expired()) {
            throw new Expired();
        }
    }

    IngestException timeout() {
        return new IngestException(IngestErrorKind.TIMEOUT, "time limit of " + budget + " exceeded");
    }

    /** Thrown through PDFBox's call stack, translated to TIMEOUT by the ingestor. */
    static final class Expired extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Expired() {
            super("deadline expired", null, false, false);
        }
    }
}
