package org.yici.rules.model;

import java.time.LocalDate;

/**
 * A material its holder handed in with an earlier accepted check, which the service found still
 * valid on this application's date and the holder asked to reuse (免于提交). The rules waive a
 * requirement of the same type whose subject is that holder.
 *
 * @param holder the holder's ID number or credit code
 * @param checkId the earlier check
 * @param code the material code it was handed in under
 * @param handedInOn the earlier application's date
 */
public record ReusedMaterial(String type, String holder, String checkId, String code, LocalDate handedInOn) {

    public String getType() {
        return type;
    }

    /** Whether {@code person} is the holder: by ID number, or by credit code for an organisation. */
    public boolean heldBy(Person person) {
        if (person == null || holder == null) {
            return false;
        }
        return holder.equalsIgnoreCase(nullToEmpty(person.idNumber()))
                || holder.equalsIgnoreCase(nullToEmpty(person.creditCode()));
    }

    /** What the applicant reads as the waiver's basis. */
    public String basis() {
        return "已于" + handedInOn.getYear() + "年" + handedInOn.getMonthValue() + "月" + handedInOn.getDayOfMonth()
                + "日随办件 " + checkId + " 提交（" + code + "），免于重复提交";
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
