package org.yici.rules.model;

/** Why a requirement is not asked of the applicant. */
public enum WaiverReason {
    /** The certificate is on the cancelled list (证明事项取消清单). */
    CANCELLED,
    /** The applicant signed a written commitment instead (告知承诺). */
    COMMITMENT,
    /** The government already holds it (电子证照, data sharing, or another member of a bundle). */
    SHARED_DATA,
    /**
     * The holder handed it in with an earlier accepted check and it is still valid (免于提交:
     * materials handed in before are not asked again).
     */
    REUSED
}
