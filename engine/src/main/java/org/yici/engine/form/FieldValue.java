package org.yici.engine.form;

import java.time.LocalDate;

/**
 * A value for a form field and where it came from.
 *
 * @param checkId the earlier check it was taken from ({@link FormSource#HISTORY}); else null
 * @param checkedOn that check's date; else null
 */
public record FieldValue(String value, FormSource source, String checkId, LocalDate checkedOn) {
    static FieldValue of(String value, FormSource source) {
        return new FieldValue(value, source, null, null);
    }
}
