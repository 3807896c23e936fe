package org.yici.rules.model;

import java.time.LocalDate;

/**
 * An electronic licence (电子证照) or shared record the government already holds, from the
 * licence directory or sent by the intake system.
 *
 * @param number the licence's number; for ID_CARD the ID number, for BUSINESS_LICENSE the credit code
 * @param holder the holder's ID number or credit code
 * @param validUntil null when it does not expire
 */
public record SharedLicence(String type, String number, String holder, LocalDate validUntil, String source) {

    public String getType() {
        return type;
    }

    public boolean validOn(LocalDate date) {
        return validUntil == null || !validUntil.isBefore(date);
    }

    /**
     * Whether the licence is the applicant's own: an ID card by the applicant's ID number, a
     * business licence by the applicant's credit code, anything else by either.
     */
    public boolean heldBy(Person applicant) {
        String own = holder != null ? holder : number;
        if (own == null) {
            return false;
        }
        boolean byId = own.equalsIgnoreCase(nullToEmpty(applicant.idNumber()));
        boolean byCreditCode = own.equalsIgnoreCase(nullToEmpty(applicant.creditCode()));
        return switch (type) {
            case "ID_CARD" -> byId;
            case "BUSINESS_LICENSE" -> byCreditCode;
            default -> byId || byCreditCode;
        };
    }

    public String reference() {
        return "电子证照 " + type + " " + number + (source == null ? "" : "（" + source + "）");
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
