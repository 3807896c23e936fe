package org.yici.rules.model;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * A material the applicant handed in: ticked by staff (code, form, copies) or uploaded (file).
 *
 * @param code the material code it is offered for, or null when only its file says what it is
 */
public record Submitted(String id, String code, Form form, int copies, String file, Map<String, String> fields) {

    public Submitted {
        fields = fields == null ? Map.of() : Map.copyOf(fields);
    }

    public String getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public Form getForm() {
        return form;
    }

    public int getCopies() {
        return copies;
    }

    /** The material states an ID number (field {@code idNumber}) that fails GB 11643. */
    public boolean isInvalidIdNumber() {
        return fields.containsKey("idNumber") && !Ids.validIdNumber(fields.get("idNumber"));
    }

    /** The material states a credit code (field {@code creditCode}) that fails GB 32100. */
    public boolean isInvalidCreditCode() {
        return fields.containsKey("creditCode") && !Ids.validCreditCode(fields.get("creditCode"));
    }

    /** The material's validity (field {@code validUntil}, a date or 长期) ended before {@code date}. */
    public boolean expiredOn(LocalDate date) {
        String until = fields.get("validUntil");
        if (until == null || Text.normalise(until).equals("长期")) {
            return false;
        }
        try {
            return LocalDate.parse(Text.normalise(until)).isBefore(date);
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /**
     * The material names someone other than {@code person}: its name, ID number or credit code
     * differs (compared NFKC-normalised, spaces ignored; a field the material does not state is
     * not compared).
     */
    public boolean disagreesWith(Person person) {
        return person != null
                && (differs("name", person.name())
                        || differs("idNumber", person.idNumber())
                        || differs("creditCode", person.creditCode()));
    }

    private boolean differs(String field, String expected) {
        String stated = fields.get(field);
        return stated != null && expected != null && !Text.normalise(stated).equalsIgnoreCase(Text.normalise(expected));
    }
}
