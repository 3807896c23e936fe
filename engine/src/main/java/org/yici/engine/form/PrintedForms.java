package org.yici.engine.form;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Pre-filled forms as printed, under the number printed on them (预填编号). The number is derived
 * from what the form states, so printing the same form twice gives the same number and one row.
 */
@Repository
public class PrintedForms {
    /** Twelve digits: read reliably by OCR (no letters to confuse), one in 10^12 to collide. */
    static final int DIGITS = 12;

    private static final TypeReference<List<PrintedField>> FIELDS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    PrintedForms(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** One printed value: its label and data path as the matter names them, and what was printed. */
    public record PrintedField(String label, String path, String value) {}

    /** A printed form: its matter, the check it was printed for (if any) and its filled fields. */
    public record Printed(String number, String matter, String checkId, List<PrintedField> fields) {}

    /** The number a form with these contents carries. */
    static String numberOf(String matter, String checkId, List<PrintedField> fields) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((matter + "\n" + checkId + "\n").getBytes(StandardCharsets.UTF_8));
            for (PrintedField f : fields) {
                sha.update((f.label() + "\t" + f.path() + "\t" + f.value() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            byte[] digest = sha.digest();
            long n = 0;
            for (int i = 0; i < 8; i++) {
                n = (n << 8) | (digest[i] & 0xff);
            }
            return String.format(Locale.ROOT, "%012d", Long.remainderUnsigned(n, 1_000_000_000_000L));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Keeps what a form is printed with; the same form printed again changes nothing. */
    void record(Printed form, Instant at) {
        try {
            jdbc.sql(
                            """
                    INSERT INTO printed_form (form_number, matter_code, check_id, printed_at, fields_json)
                    VALUES (:number, :matter, :check, :at, :fields)
                    """)
                    .param("number", form.number())
                    .param("matter", form.matter())
                    .param("check", form.checkId())
                    .param("at", Timestamp.from(at))
                    .param("fields", json.writeValueAsString(form.fields()))
                    .update();
        } catch (DuplicateKeyException e) {
            // Printed before: the number stands for the same contents.
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public Optional<Printed> find(String number) {
        return jdbc.sql("SELECT matter_code, check_id, fields_json FROM printed_form WHERE form_number = :number")
                .param("number", number)
                .query((rs, row) -> new Printed(number, rs.getString(1), rs.getString(2), parse(rs.getString(3))))
                .optional();
    }

    private List<PrintedField> parse(String fields) {
        try {
            return json.readValue(fields, FIELDS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored printed form unreadable", e);
        }
    }
}
