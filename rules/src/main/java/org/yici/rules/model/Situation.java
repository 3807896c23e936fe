package org.yici.rules.model;

import java.util.Locale;

/**
 * A situation (情形) of the application, keyed as in the catalog (e.g. {@code familyBusiness},
 * {@code venueType}, {@code rooms}). The value is kept as text; typed views serve the rules.
 */
public record Situation(String key, String value) {

    public String getKey() {
        return key;
    }

    public String getValue() {
        return value;
    }

    public boolean isTrue() {
        return "true".equals(value.toLowerCase(Locale.ROOT));
    }

    /** The value as a number, or -1 when it is not one (validated at intake, so rare). */
    public long getNumber() {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
