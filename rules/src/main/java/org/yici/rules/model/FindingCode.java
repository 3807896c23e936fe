package org.yici.rules.model;

/** What is wrong with a package (ARCHITECTURE §3). */
public enum FindingCode {
    MISSING,
    WRONG_FORM,
    INSUFFICIENT_COPIES,
    EXPIRED,
    UNREADABLE,
    MISMATCHED_TYPE,
    INCONSISTENT,
    INVALID_ID_NUMBER,
    INVALID_CREDIT_CODE,
    MISSING_SEAL,
    MISSING_SIGNATURE,
    BLANK_FIELD,
    NOT_ELIGIBLE,
    /**
     * A file given as a material could not be recognised as its type (online; at the window the
     * item is {@code UNVERIFIED} instead, see {@link Unverified}).
     */
    UNRECOGNISED
}
