package org.yici.engine.dishonesty;

import java.io.IOException;
import java.io.Reader;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** 失信名单: applicants (by ID number or credit code) who get no 容缺受理. */
@Component
public class DishonestyList {
    /** The CSV columns, in the header an import file must have. */
    public static final String[] HEADER = {"holder", "name", "basis", "listedOn"};

    private final JdbcClient jdbc;
    private final Clock clock;

    DishonestyList(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The basis of the first listing of any of {@code holders}, if one is listed. */
    public Optional<String> basisFor(Collection<String> holders) {
        if (holders.isEmpty()) {
            return Optional.empty();
        }
        return jdbc
                .sql("SELECT basis FROM dishonest_entity WHERE holder IN (:holders) ORDER BY holder")
                .param("holders", holders)
                .query(String.class)
                .list()
                .stream()
                .findFirst();
    }

    /**
     * Imports a CSV ({@code holder,name,basis,listedOn}); all or nothing, an existing holder is
     * replaced.
     *
     * @return the number of rows imported
     * @throws InvalidDishonestyImportException naming the first bad row
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
            long line = row.getRecordNumber() + 1;
            if (row.get("holder").isEmpty() || row.get("basis").isEmpty()) {
                throw new InvalidDishonestyImportException("第 " + line + " 行缺少证件号码/统一社会信用代码或列入依据");
            }
            LocalDate listedOn;
            try {
                listedOn = row.get("listedOn").isEmpty() ? null : LocalDate.parse(row.get("listedOn"));
            } catch (DateTimeParseException e) {
                throw new InvalidDishonestyImportException("第 " + line + " 行列入日期不是日期（YYYY-MM-DD）");
            }
            jdbc.sql("DELETE FROM dishonest_entity WHERE holder = :holder")
                    .param("holder", row.get("holder"))
                    .update();
            jdbc.sql(
                            """
                    INSERT INTO dishonest_entity (holder, name, basis, listed_on, imported_at)
                    VALUES (:holder, :name, :basis, :listedOn, :at)
                    """)
                    .param("holder", row.get("holder"))
                    .param("name", row.get("name"))
                    .param("basis", row.get("basis"))
                    .param("listedOn", listedOn == null ? null : Date.valueOf(listedOn))
                    .param("at", Timestamp.from(clock.instant()))
                    .update();
            count++;
        }
        return count;
    }

    /** A CSV file that cannot be imported; nothing of it was stored. */
    public static class InvalidDishonestyImportException extends RuntimeException {
        public InvalidDishonestyImportException(String message) {
            super(message);
        }
    }
}
