package org.yici.ingest;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/** Maps what PDFBox, ImageIO and the guards throw to the typed error the clerk sees. */
final class Failures {
    private Failures() {}

    static IngestException classify(Throwable t, Deadline deadline) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof Deadline.Expired) {
                return deadline.timeout();
            }
            if (c instanceof GuardedRenderer.ImageTooLarge) {
                return new IngestException(IngestErrorKind.TOO_LARGE, c.getMessage(), t);
            }
            if (c instanceof InvalidPasswordException) {
                return new IngestException(IngestErrorKind.ENCRYPTED, c.getMessage(), t);
            }
            if (c instanceof IllegalStateException
                    && c.getMessage() != null
                    && c.getMessage().startsWith("Tesseract")) {
                // The installation is broken, not the file: let the caller see it as such.
                throw (IllegalStateException) c;
            }
        }
        if (t instanceof StackOverflowError) {
            return new IngestException(IngestErrorKind.CORRUPT, "structure nested too deeply", t);
        }
        if (deadline.expired()) {
            return deadline.timeout();
        }
        String what = t instanceof IOException ? "unreadable: " : "parser failure: ";
        return new IngestException(IngestErrorKind.CORRUPT, what + t, t);
    }
}
