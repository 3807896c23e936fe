package org.yici.engine.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whom a form is filled for: a person by ID number, an organisation by credit code.
 *
 * @param name as the applicant gives it; null when not given
 */
public record ApplicantQuery(String idNumber, String name, String creditCode) {
    public ApplicantQuery {
        idNumber = normalise(idNumber);
        creditCode = normalise(creditCode);
        name = name == null || name.isBlank() ? null : name.strip();
    }

    public boolean isEmpty() {
        return idNumber == null && creditCode == null;
    }

    /** The identifiers the licence directory and earlier checks are looked up by. */
    public List<String> holders() {
        List<String> holders = new ArrayList<>();
        if (creditCode != null) {
            holders.add(creditCode);
        }
        if (idNumber != null) {
            holders.add(idNumber);
        }
        return holders;
    }

    private static String normalise(String identifier) {
        return identifier == null || identifier.isBlank()
                ? null
                : identifier.strip().toUpperCase(Locale.ROOT);
    }
}
