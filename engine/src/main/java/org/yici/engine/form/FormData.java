package org.yici.engine.form;

import java.util.HashMap;
import java.util.Map;

/**
 * The values known for one applicant, by data path. The first value offered for a path stands, so
 * sources are offered in the order they are trusted: the request, then the licence directory,
 * then earlier checks from the newest.
 */
final class FormData {
    /** Keys of a material's stated or read fields, and the path each fills. */
    static final Map<String, String> MATERIAL_FIELDS = Map.of(
            "phone", "applicant.phone",
            "address", "applicant.address",
            "premisesAddress", "premises.address",
            "scope", "business.scope",
            "businessName", "business.name");

    private final Map<String, FieldValue> values = new HashMap<>();

    void offer(String path, String value, FormSource source) {
        offer(path, value, FieldValue.of(value, source));
    }

    /** Offers {@code value} with the provenance of {@code from} (its source, check and date). */
    void offer(String path, String value, FieldValue from) {
        if (value == null || value.isBlank() || values.containsKey(path)) {
            return;
        }
        values.put(path, new FieldValue(value.strip(), from.source(), from.checkId(), from.checkedOn()));
    }

    FieldValue get(String path) {
        return values.get(path);
    }
}
