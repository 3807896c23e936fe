package org.yici.engine.form;

import java.time.LocalDate;
import java.util.List;

/**
 * An application form filled as far as the data knows.
 *
 * @param material the material code the form is handed in as
 * @param preparedOn the date it was filled, where the office is
 * @param number the number printed on it (预填编号), by which a form handed back is compared
 *     with what was printed
 */
public record FilledForm(
        String matter,
        String matterName,
        String title,
        String material,
        String officeName,
        ApplicantQuery applicant,
        List<Field> fields,
        LocalDate preparedOn,
        String number) {

    /**
     * One printed field.
     *
     * @param section the heading it is printed under
     * @param path the data path it is filled from; null for a field only the applicant fills
     * @param value null when nothing knows it: left blank for the applicant
     */
    public record Field(String section, String label, String path, FieldValue value) {
        public boolean filled() {
            return value != null;
        }
    }

    /** The fields some datum could fill (they name a path). */
    public long fillable() {
        return fields.stream().filter(f -> f.path() != null).count();
    }

    public long filled() {
        return fields.stream().filter(Field::filled).count();
    }
}
