package org.yici.engine.form;

/** A form that cannot be filled; the message is for the clerk or applicant (Chinese). */
public class FormException extends RuntimeException {
    /** What went wrong, so the API answers 404 or 400. */
    public enum Kind {
        NOT_FOUND,
        NO_APPLICANT
    }

    private final Kind kind;

    FormException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
