package org.yici.rules.check;

import java.util.Map;
import org.yici.rules.check.CheckOutcome.Place;
import org.yici.rules.data.MaterialTypeDefinition;
import org.yici.rules.model.FindingCode;

/**
 * The words a finding's details add to its message: where it was found (document, page), which
 * field, compared with whom, what the document looked like. Every text comes from the bundle.
 */
final class FindingWords {
    private final Map<String, String> detail;
    private final Map<String, MaterialTypeDefinition> types;

    FindingWords(Map<String, String> detail, Map<String, MaterialTypeDefinition> types) {
        this.detail = detail;
        this.types = types;
    }

    /** "（scan.pdf第2页）" for something read from a file, "" for what the request stated. */
    String place() {
        String document = detail.get("document");
        if (document == null) {
            return "";
        }
        String page = detail.get("page");
        return page == null
                ? Messages.get("finding.placeDocument", document)
                : Messages.get("finding.place", document, page);
    }

    /** The field as printed on the document, else its usual name, else the code's default. */
    String label(FindingCode code) {
        if (detail.containsKey("label")) {
            return detail.get("label");
        }
        String field = detail.get("field");
        if (field != null && Messages.bundle().containsKey("field." + field)) {
            return Messages.get("field." + field);
        }
        if (field != null) {
            return field;
        }
        String key = "finding.label." + code;
        return Messages.bundle().containsKey(key) ? Messages.get(key) : "";
    }

    String with() {
        String with = detail.get("with");
        if (with == null) {
            return Messages.get("with.request");
        }
        // A pre-filled form names what was printed, so the applicant sees what to restore.
        return detail.containsKey("printed")
                ? Messages.get("with." + with, detail.get("printed"))
                : Messages.get("with." + with);
    }

    /** The name of the type the document looked like (for MISMATCHED_TYPE). */
    String typeName() {
        MaterialTypeDefinition type = detail.get("type") == null ? null : types.get(detail.get("type"));
        return type == null ? "" : Messages.get("finding.lookedLike", type.name());
    }

    /** The message of a finding about a document no package item could be matched to. */
    String aboutDocument(FindingCode code) {
        return Messages.get("finding.document." + code, detail.getOrDefault("document", ""), place());
    }

    Place where() {
        if (!detail.containsKey("document") && !detail.containsKey("field")) {
            return null;
        }
        String page = detail.get("page");
        return new Place(
                detail.get("document"),
                page == null ? null : Integer.valueOf(page),
                detail.get("field"),
                detail.get("label"));
    }
}
