package org.yici.rules.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A value of a pre-filled application form (智能预填) that the form handed back states otherwise
 * than it was printed: the applicant crossed it out and wrote something else, or the form was
 * filled again by hand. Found by the service from the form's number (预填编号) printed on it.
 *
 * @param material the id of the submitted material the form came with
 * @param path the data path the printed value came from (matter.yaml {@code applicationForm})
 * @param label the field's label as printed
 * @param printed what was printed
 * @param read what the form handed back states there
 * @param formNumber the printed form's number
 */
public record PrintedValueChanged(
        String material,
        String document,
        int page,
        String path,
        String label,
        String printed,
        String read,
        String formNumber) {

    public String getMaterial() {
        return material;
    }

    /** The finding's details: the field (its path and printed label), where, and the printed value. */
    public Map<String, String> where() {
        Map<String, String> detail = new LinkedHashMap<>();
        detail.put("field", path);
        detail.put("document", document);
        detail.put("page", String.valueOf(page));
        detail.put("label", label);
        detail.put("with", "printed");
        detail.put("printed", printed);
        detail.put("formNumber", formNumber);
        return detail;
    }
}
