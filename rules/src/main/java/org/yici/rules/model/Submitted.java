package org.yici.rules.model;

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
}
