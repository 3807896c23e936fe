package org.yici.rules.data;

import java.util.List;

/**
 * A matter's application form (申请书) as Yici pre-fills it ({@code applicationForm:} in
 * {@code matter.yaml}): which printed field takes which known datum.
 *
 * @param material the material code the form is handed in as, e.g. {@code GTGSH-SL-01}
 * @param title the form's printed title; defaults to the material's name
 * @param fields in printed order
 */
public record ApplicationForm(String material, String title, List<Field> fields) {
    public ApplicationForm {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    /**
     * One printed field.
     *
     * @param label the Chinese label as printed, e.g. {@code 经营者姓名}
     * @param path a data path of {@link FormPaths}, or null for a field only the applicant can
     *     fill (经营范围, 签字)
     * @param section the heading the field is printed under; null continues the previous one
     */
    public record Field(String label, String path, String section) {}
}
