package org.yici.engine.licence;

import java.io.IOException;
import java.io.Reader;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.yici.engine.csv.CsvRows;
import org.yici.rules.check.CheckRequest.SharedDataRef;

/** The embedded licence directory: the {@code licence} table, filled by CSV import. */
public class JdbcLicenceDirectory implements LicenceDirectory {
    /** The CSV columns, in the header an import file must have. */
    public static final String[] HEADER = {
        "holder", "type", "number", "validUntil", "source", "name", "address", "legalRepresentative"
    };

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

    @Override
    public List<LicenceDetails> detailsOf(Collection<String> holders) {
        if (holders.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(
                        """
                SELECT licence_type, number, holder, holder_name, address, legal_representative, valid_until, source
                FROM licence WHERE holder IN (:holders) ORDER BY licence_type, number
                """)
                .param("holders", holders)
                .query((rs, n) -> new LicenceDetails(
                        rs.getString("licence_type"),
                        rs.getString("number"),
                        rs.getString("holder"),
                        rs.getString("holder_name"),
                        rs.getString("address"),
                        rs.getString("legal_representative"),
                        rs.getDate("valid_until") == null
                                ? null
                                : rs.getDate("valid_until").toLocalDate(),
                        rs.getString("source")))
                .list();
    }

    /**
     * Imports a CSV ({@code holder,type,number,validUntil,source}, optionally followed by
     * {@code name,address,legalRepresentative}; validUntil empty = no expiry).
     * All or nothing: one bad row rejects the file, naming the row. A licence already present is
     * updated.
     *
     * @return the number of rows imported
     * @throws CsvRows.InvalidCsvException naming the first bad row
     */
    @Transactional
    public int importCsv(Reader csv) throws IOException {
        List<CsvRows.Row> rows = CsvRows.read(csv, HEADER).rows();
        for (CsvRows.Row row : rows) {
            String holder = row.required("holder", "持证人证件号码或统一社会信用代码");
            String type = row.required("type", "证照类型");
            String number = row.required("number", "证照编号");
            LocalDate validUntil = row.optionalDate("validUntil", "有效期");
            String source = row.optional("source");
            String name = row.optionalColumn("name");
            String address = row.optionalColumn("address");
            String legalRepresentative = row.optionalColumn("legalRepresentative");
            jdbc.sql("DELETE FROM licence WHERE licence_type = :type AND number = :number AND holder = :holder")
                    .param("type", type)
                    .param("number", number)
                    .param("holder", holder)
                    .update();
            jdbc.sql(
                            """
                    INSERT INTO licence (holder, licence_type, number, valid_until, source, imported_at,
                                         holder_name, address, legal_representative)
                    VALUES (:holder, :type, :number, :validUntil, :source, :at, :name, :address, :legalRepresentative)
                    """)
                    .param("holder", holder)
                    .param("type", type)
                    .param("number", number)
                    .param("validUntil", validUntil == null ? null : Date.valueOf(validUntil))
                    .param("source", source == null ? "电子证照库" : source)
                    .param("at", Timestamp.from(clock.instant()))
                    .param("name", name)
                    .param("address", address)
                    .param("legalRepresentative", legalRepresentative)
                    .update();
        }
        return rows.size();
    }
}
