package org.yici.engine.form;

/** Where a pre-filled value came from, in the order a value is preferred. */
public enum FormSource {
    /** What the applicant states in this request (申请人提供). */
    APPLICANT,
    /** The licence directory (电子证照). */
    LICENCE,
    /** An earlier check of the same applicant (既往办件). */
    HISTORY
}
