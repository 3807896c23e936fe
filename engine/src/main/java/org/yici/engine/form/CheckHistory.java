package org.yici.engine.form;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.yici.engine.check.CheckResult;
import org.yici.rules.check.CheckRequest;

/**
 * Earlier checks of one applicant, read from the check records. The records have no applicant
 * column, so the request text is searched for the identifier (an 18-character ID number or credit
 * code is specific enough) and every hit is then confirmed on the parsed request: the applicant's
 * own number must be it, never an agent's or a number inside some material.
 */
@Repository
class CheckHistory {
    /** More earlier checks than this add nothing a form needs and only cost parsing. */
    static final int MAX_CHECKS = 20;

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    CheckHistory(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** An earlier check as a form reads it. */
    record Earlier(String checkId, Instant checkedAt, CheckRequest request, CheckResult result) {}

    /**
     * The applicant's checks recorded in [{@code since}, {@code before}), newest first.
     *
     * @param holder an ID number or credit code (upper case)
     */
    List<Earlier> of(String holder, Instant since, Instant before, String excludeCheckId) {
        List<Earlier> found = new ArrayList<>();
        List<Row> rows = jdbc.sql(
                        """
                SELECT id, created_at, request_json, result_json FROM check_record
                WHERE created_at >= :since AND created_at < :before AND UPPER(request_json) LIKE :holder
                ORDER BY created_at DESC
                """)
                .param("since", Timestamp.from(since))
                .param("before", Timestamp.from(before))
                .param("holder", "%" + holder.replace("%", "").replace("_", "") + "%")
                .query((rs, n) -> new Row(
                        rs.getString("id"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getString("request_json"),
                        rs.getString("result_json")))
                .list();
        for (Row row : rows) {
            if (row.id().equals(excludeCheckId)) {
                continue;
            }
            CheckRequest request = read(row.request(), CheckRequest.class);
            if (!isApplicant(request, holder)) {
                continue;
            }
            found.add(new Earlier(row.id(), row.createdAt(), request, read(row.result(), CheckResult.class)));
            if (found.size() == MAX_CHECKS) {
                break;
            }
        }
        return found;
    }

    static boolean isApplicant(CheckRequest request, String holder) {
        if (request.applicant() == null) {
            return false;
        }
        return holder.equals(upper(request.applicant().idNumber()))
                || holder.equals(upper(request.applicant().creditCode()));
    }

    private static String upper(String s) {
        return s == null ? null : s.strip().toUpperCase(Locale.ROOT);
    }

    private record Row(String id, Instant createdAt, String request, String result) {}

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored check record is unreadable", e);
        }
    }
}
