package org.yici.engine.dishonesty;

import java.io.IOException;
import java.io.Reader;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yici.engine.csv.CsvRows;

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
     * @throws CsvRows.InvalidCsvException naming the first bad row
     */
    @Transactional
    public int importCsv(Reader csv) throws IOException {
        List<CsvRows.Row> rows = CsvRows.read(csv, HEADER).rows();
        for (CsvRows.Row row : rows) {
            String holder = row.required("holder", "证件号码或统一社会信用代码");
            String basis = row.required("basis", "列入依据");
            LocalDate listedOn = row.optionalDate("listedOn", "列入日期");
            jdbc.sql("DELETE FROM dishonest_entity WHERE holder = :holder")
                    .param("holder", holder)
                    .update();
            jdbc.sql(
                            """
                    INSERT INTO dishonest_entity (holder, name, basis, listed_on, imported_at)
                    VALUES (:holder, :name, :basis, :listedOn, :at)
                    """)
                    .param("holder", holder)
                    .param("name", row.optional("name"))
                    .param("basis", basis)
                    .param("listedOn", listedOn == null ? null : Date.valueOf(listedOn))
                    .param("at", Timestamp.from(clock.instant()))
                    .update();
        }
        return rows.size();
    }
}
