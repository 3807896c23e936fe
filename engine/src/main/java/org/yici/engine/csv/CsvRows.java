package org.yici.engine.csv;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The rows of an imported CSV file (a header line, then data), read completely before anything is
 * stored, so a bad row rejects the file with its line number and nothing half-imported remains.
 */
public final class CsvRows {
    private final List<Row> rows;

    private CsvRows(List<Row> rows) {
        this.rows = rows;
    }

    /** Reads {@code csv} whose first line must be {@code header}. */
    public static CsvRows read(Reader csv, String... header) throws IOException {
        var format = CSVFormat.DEFAULT
                .builder()
                .setHeader(header)
                .setSkipHeaderRecord(true)
                .setTrim(true)
                .get();
        List<Row> rows = new ArrayList<>();
        for (CSVRecord record : format.parse(csv)) {
            rows.add(new Row(record, record.getRecordNumber() + 1));
        }
        return new CsvRows(rows);
    }

    public List<Row> rows() {
        return rows;
    }

    /** One data row; {@code line} counts the header as line 1. */
    public record Row(CSVRecord record, long line) {

        /** The column's text, or the error naming the line and {@code what} is missing. */
        public String required(String column, String what) {
            String value = record.get(column);
            if (value.isEmpty()) {
                throw new InvalidCsvException("第 " + line + " 行缺少" + what);
            }
            return value;
        }

        /** The column's text, or null when empty. */
        public String optional(String column) {
            String value = record.get(column);
            return value.isEmpty() ? null : value;
        }

        /** The column's text, or null when empty or when the row stops before it (an optional trailing column). */
        public String optionalColumn(String column) {
            return record.isSet(column) ? optional(column) : null;
        }

        /** The column as a date (YYYY-MM-DD), or null when empty. */
        public LocalDate optionalDate(String column, String what) {
            String value = optional(column);
            try {
                return value == null ? null : LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new InvalidCsvException("第 " + line + " 行" + what + "不是日期（YYYY-MM-DD）：" + value);
            }
        }
    }

    /** A file that cannot be imported; nothing of it was stored. */
    public static class InvalidCsvException extends RuntimeException {
        public InvalidCsvException(String message) {
            super(message);
        }
    }
}
