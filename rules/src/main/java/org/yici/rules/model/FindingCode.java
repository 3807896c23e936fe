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
    NOT_ELIGIBLE
}
