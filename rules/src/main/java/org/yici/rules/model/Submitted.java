package org.yici.rules.model;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A material the applicant handed in: ticked by staff (code, form, copies) or uploaded (file).
 *
 * @param code the material code it is offered for, or null when only its file says what it is
 * @param fields what the material states: from the request, or read from its file
 * @param sources for each field read from the file, where it was read (request fields have none)
 */
public record Submitted(
        String id,
        String code,
        Form form,
        int copies,
        String file,
        Map<String, String> fields,
        Map<String, FieldSource> sources) {

    public Submitted {
        fields = fields == null ? Map.of() : Map.copyOf(fields);
        sources = sources == null ? Map.of() : Map.copyOf(sources);
    }

    public Submitted(String id, String code, Form form, int copies, String file, Map<String, String> fields) {
        this(id, code, form, copies, file, fields, Map.of());
    }

    /**
     * This material with the fields read from its file added. A field the request states wins over
     * the reading: structured intake data was typed or confirmed by a person.
     */
    public Submitted withRead(Map<String, String> read, Map<String, FieldSource> readSources) {
        Map<String, String> merged = new HashMap<>(read);
        merged.putAll(fields);
        Map<String, FieldSource> where = new HashMap<>(sources);
        readSources.forEach((field, source) -> {
            if (!fields.containsKey(field)) {
                where.put(field, source);
            }
        });
        return new Submitted(id, code, form, copies, file, merged, where);
    }

    /**
     * The details a finding about {@code field} carries so the notice can name it: the field, and
     * when it was read from a file, the document and page.
     */
    public Map<String, String> where(String field) {
        Map<String, String> detail = new LinkedHashMap<>();
        if (field == null) {
            return detail;
        }
        detail.put("field", field);
        FieldSource source = sources.get(field);
        if (source != null) {
            detail.put("document", source.document());
            detail.put("page", String.valueOf(source.page()));
            if (source.label() != null) {
                detail.put("label", source.label());
            }
        }
        return detail;
    }

    /** As {@link #where(String)}, plus one more detail. */
    public Map<String, String> where(String field, String key, String value) {
        Map<String, String> detail = where(field);
        detail.put(key, value);
        return detail;
    }

    /** The first field (name, ID number, credit code) in which the material names someone else. */
    public String differingField(Person person) {
        if (person == null) {
            return null;
        }
        if (differs("name", person.name())) {
            return "name";
        }
        if (differs("idNumber", person.idNumber())) {
            return "idNumber";
        }
        return differs("creditCode", person.creditCode()) ? "creditCode" : null;
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

    /**
     * A power of attorney given by someone other than {@code applicant}: its 委托人 (field {@code
     * principalName}) is not the applicant's name (NFKC, spaces ignored; not stated = not compared).
     */
    public boolean principalDiffersFrom(Person applicant) {
        return applicant != null && differs("principalName", applicant.name());
    }

    /**
     * Both materials state {@code field} and the values differ (NFKC, spaces ignored): e.g. the
     * premises address of the form and of the lease, the credit code of the form and the licence.
     */
    public boolean statesOtherwise(Submitted other, String field) {
        return other != null && other != this && differs(field, other.fields.get(field));
    }

    private boolean differs(String field, String expected) {
        String stated = fields.get(field);
        return stated != null && expected != null && !Text.normalise(stated).equalsIgnoreCase(Text.normalise(expected));
    }
}
