package org.yici.rules.model;

/** Every shortfall of the matter may follow later: it is accepted on the applicant's commitment. */
public record DeferralGranted(String matter) {

    public String getMatter() {
        return matter;
    }
}
