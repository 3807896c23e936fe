package org.yici.engine.licence;

import java.io.IOException;
import java.io.Reader;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.yici.rules.check.CheckRequest.SharedDataRef;

/** The embedded licence directory: the {@code licence} table, filled by CSV import. */
public class JdbcLicenceDirectory implements LicenceDirectory {
    /** The CSV columns, in the header an import file must have. */
    public static final String[] HEADER = {"holder", "type", "number", "validUntil", "source"};

    private final JdbcClient jdbc;
    private final Clock clock;

    public JdbcLicenceDirectory(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<SharedDataRef> licencesOf(Collection<String> holders) {
        if (holders.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(
                        """
                SELECT licence_type, number, holder, valid_until, source FROM licence
                WHERE holder IN (:holders) ORDER BY licence_type, number
                """)
                .param("holders", holders)
                .query((rs, n) -> new SharedDataRef(
                        rs.getString("licence_type"),
                        rs.getString("number"),
                        rs.getString("holder"),
                        rs.getDate("valid_until") == null
                                ? null
                                : rs.getDate("valid_until").toLocalDate(),
                        rs.getString("source")))
                .list();
    }

    /**
     * Imports a CSV ({@code holder,type,number,validUntil,source}; validUntil empty = no expiry).
     * All or nothing: one bad row rejects the file, naming the row. A licence already present is
     * updated.
     *
     * @return the number of rows imported
     * @throws InvalidImportException naming the first bad row
     */
    @Transactional
    public int importCsv(Reader csv) throws IOException {
        var format = CSVFormat.DEFAULT
                .builder()
                .setHeader(HEADER)
                .setSkipHeaderRecord(true)
                .setTrim(true)
                .get();
        int count = 0;
        for (CSVRecord row : format.parse(csv)) {
            String holder = row.get("holder");
            String type = row.get("type");
            String number = row.get("number");
            if (holder.isEmpty() || type.isEmpty() || number.isEmpty()) {
                throw new InvalidImportException("第 " + (row.getRecordNumber() + 1) + " 行缺少持证人、证照类型或编号");
            }
            LocalDate validUntil;
            try {
                validUntil = row.get("validUntil").isEmpty() ? null : LocalDate.parse(row.get("validUntil"));
            } catch (DateTimeParseException e) {
                throw new InvalidImportException(
                        "第 " + (row.getRecordNumber() + 1) + " 行有效期不是日期（YYYY-MM-DD）：" + row.get("validUntil"));
            }
            jdbc.sql("DELETE FROM licence WHERE licence_type = :type AND number = :number AND holder = :holder")
                    .param("type", type)
                    .param("number", number)
                    .param("holder", holder)
                    .update();
            jdbc.sql(
                            """
                    INSERT INTO licence (holder, licence_type, number, valid_until, source, imported_at)
                    VALUES (:holder, :type, :number, :validUntil, :source, :at)
                    """)
                    .param("holder", holder)
                    .param("type", type)
                    .param("number", number)
                    .param("validUntil", validUntil == null ? null : Date.valueOf(validUntil))
                    .param("source", row.get("source").isEmpty() ? "电子证照库" : row.get("source"))
                    .param("at", Timestamp.from(clock.instant()))
                    .update();
            count++;
        }
        return count;
    }

    /** A CSV file that cannot be imported; nothing of it was stored. */
    public static class InvalidImportException extends RuntimeException {
        public InvalidImportException(String message) {
            super(message);
        }
    }
}
