package org.yici.engine.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.yici.rules.check.CheckRequest;

/** Check records: written once, read by id. */
@Repository
class CheckRepository {
    private final JdbcClient jdbc;
    private final ObjectMapper json;

    CheckRepository(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** @return the result as the JSON text recorded */
    String insert(CheckRequest request, CheckResult result) {
        String json = write(result);
        jdbc.sql(
                        """
                INSERT INTO check_record (id, matter, decision, rules_version, request_json, result_json, created_at)
                VALUES (:id, :matter, :decision, :rulesVersion, :request, :result, :createdAt)
                """)
                .param("id", result.checkId())
                .param("matter", result.matter())
                .param("decision", result.decision().name())
                .param("rulesVersion", result.rulesVersion())
                .param("request", write(request))
                .param("result", json)
                .param("createdAt", Timestamp.from(result.checkedAt()))
                .update();
        return json;
    }

    Optional<CheckResult> find(String id) {
        return findJson(id).map(this::readResult);
    }

    /** The result as the JSON text recorded. */
    Optional<String> findJson(String id) {
        return jdbc.sql("SELECT result_json FROM check_record WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .optional();
    }

    Optional<CheckRequest> findRequest(String id) {
        return jdbc.sql("SELECT request_json FROM check_record WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .optional()
                .map(text -> read(text, CheckRequest.class));
    }

    void insertIdempotencyKey(String key, String requestHash, String checkId, Instant at) {
        jdbc.sql("INSERT INTO idempotency_key (idem_key, request_hash, check_id, created_at) VALUES (:k, :h, :c, :at)")
                .param("k", key)
                .param("h", requestHash)
                .param("c", checkId)
                .param("at", Timestamp.from(at))
                .update();
    }

    Optional<Idempotent> idempotent(String key) {
        return jdbc.sql("SELECT request_hash, check_id FROM idempotency_key WHERE idem_key = :k")
                .param("k", key)
                .query((rs, n) -> new Idempotent(rs.getString("request_hash"), rs.getString("check_id")))
                .optional();
    }

    /** SHA-256 of the request's canonical JSON: what makes a retry "the same request". */
    String hashOf(CheckRequest request) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(write(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    record Idempotent(String requestHash, String checkId) {}

    /** Every check recorded at or after {@code since}, oldest first. */
    List<CheckService.RecordedCheck> since(Instant since) {
        return jdbc.sql("SELECT id, request_json, result_json FROM check_record WHERE created_at >= :since ORDER BY id")
                .param("since", Timestamp.from(since))
                .query((rs, n) -> new CheckService.RecordedCheck(
                        rs.getString("id"),
                        read(rs.getString("request_json"), CheckRequest.class),
                        read(rs.getString("result_json"), CheckResult.class)))
                .list();
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored check record is unreadable", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise check record", e);
        }
    }

    CheckResult readResult(String text) {
        try {
            return json.readValue(text, CheckResult.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored check record is unreadable", e);
        }
    }
}
