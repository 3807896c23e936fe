package org.yici.engine.deferral;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.yici.engine.storage.FileResponses;
import org.yici.rules.check.CheckOutcome.FindingView;

/** Deferrals and their supplements. Status changes are compare-and-set on the row version. */
@Repository
class DeferralRepository {
    private final JdbcClient jdbc;
    private final ObjectProvider<ObjectMapper> json;

    DeferralRepository(JdbcClient jdbc, ObjectProvider<ObjectMapper> json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(Deferral d) {
        jdbc.sql(
                        """
                INSERT INTO deferral (id, check_id, matter, material, name, due_date, status, rules_version,
                                      applicant_name, applicant_id, version, created_at, updated_at)
                VALUES (:id, :checkId, :matter, :material, :name, :due, :status, :rules, :applicantName,
                        :applicantId, :version, :created, :updated)
                """)
                .param("id", d.id())
                .param("checkId", d.checkId())
                .param("matter", d.matter())
                .param("material", d.material())
                .param("name", d.name())
                .param("due", Date.valueOf(d.dueDate()))
                .param("status", d.status().name())
                .param("rules", d.rulesVersion())
                .param("applicantName", d.applicantName())
                .param("applicantId", d.applicantId())
                .param("version", d.version())
                .param("created", Timestamp.from(d.createdAt()))
                .param("updated", Timestamp.from(d.updatedAt()))
                .update();
    }

    Optional<Deferral> find(String id) {
        return jdbc.sql("SELECT * FROM deferral WHERE id = :id")
                .param("id", id)
                .query(this::map)
                .optional();
    }

    List<Deferral> byStatus(Deferral.Status status) {
        String where = status == null ? "" : " WHERE status = :status";
        var spec = jdbc.sql("SELECT * FROM deferral" + where + " ORDER BY due_date, id");
        if (status != null) {
            spec = spec.param("status", status.name());
        }
        return spec.query(this::map).list();
    }

    /** Deferrals in {@code status} (any when null) opened by staff of {@code office}. */
    List<Deferral> byStatusAndOffice(Deferral.Status status, String office) {
        String where = status == null ? " WHERE office = :office" : " WHERE office = :office AND status = :status";
        var spec = jdbc.sql("SELECT * FROM deferral" + where + " ORDER BY due_date, id")
                .param("office", office);
        if (status != null) {
            spec = spec.param("status", status.name());
        }
        return spec.query(this::map).list();
    }

    void assignOffice(String checkId, String office) {
        jdbc.sql("UPDATE deferral SET office = :office WHERE check_id = :id")
                .param("office", office)
                .param("id", checkId)
                .update();
    }

    List<Deferral> ofCheck(String checkId) {
        return jdbc.sql("SELECT * FROM deferral WHERE check_id = :id ORDER BY id")
                .param("id", checkId)
                .query(this::map)
                .list();
    }

    /** Open deferrals whose due date is before {@code today}. */
    List<Deferral> openAndDueBefore(LocalDate today) {
        return jdbc.sql("SELECT * FROM deferral WHERE status = 'OPEN' AND due_date < :today ORDER BY id")
                .param("today", Date.valueOf(today))
                .query(this::map)
                .list();
    }

    /** Sets the status if the row is still at {@code version}; false when someone else changed it. */
    boolean changeStatus(String id, int version, Deferral.Status status, Instant at) {
        return jdbc.sql(
                                """
                        UPDATE deferral SET status = :status, version = version + 1, updated_at = :at
                        WHERE id = :id AND version = :version
                        """)
                        .param("status", status.name())
                        .param("at", Timestamp.from(at))
                        .param("id", id)
                        .param("version", version)
                        .update()
                == 1;
    }

    void insertSupplement(
            String id,
            String deferralId,
            String materialJson,
            boolean passed,
            String findingsJson,
            String actor,
            Instant at,
            FileResponses.Kept file) {
        jdbc.sql(
                        """
                INSERT INTO supplement (id, deferral_id, material_json, passed, findings_json, actor, created_at,
                                        file_name, media_type, size_bytes, sha256)
                VALUES (:id, :deferral, :material, :passed, :findings, :actor, :at, :name, :type, :size, :sha)
                """)
                .param("id", id)
                .param("deferral", deferralId)
                .param("material", materialJson)
                .param("passed", passed)
                .param("findings", findingsJson)
                .param("actor", actor)
                .param("at", Timestamp.from(at))
                .param("name", file == null ? null : file.fileName())
                .param("type", file == null ? null : file.mediaType())
                .param("size", file == null ? null : file.size())
                .param("sha", file == null ? null : file.sha256())
                .update();
    }

    List<Supplement> supplements(String deferralId) {
        return jdbc.sql(
                        """
                SELECT id, passed, findings_json, actor, created_at, file_name, media_type, size_bytes, sha256
                FROM supplement WHERE deferral_id = :deferral ORDER BY created_at, id
                """)
                .param("deferral", deferralId)
                .query((rs, n) -> new Supplement(
                        rs.getString("id"),
                        rs.getBoolean("passed"),
                        readFindings(rs.getString("findings_json")),
                        rs.getString("actor"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getString("sha256") == null
                                ? null
                                : new FileResponses.Kept(
                                        rs.getString("sha256"),
                                        rs.getString("file_name"),
                                        rs.getString("media_type"),
                                        rs.getLong("size_bytes"))))
                .list();
    }

    private List<FindingView> readFindings(String findingsJson) {
        try {
            return json.getObject().readValue(findingsJson, new TypeReference<List<FindingView>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a supplement's stored findings are not readable", e);
        }
    }

    private Deferral map(ResultSet rs, int row) throws SQLException {
        return new Deferral(
                rs.getString("id"),
                rs.getString("check_id"),
                rs.getString("matter"),
                rs.getString("material"),
                rs.getString("name"),
                rs.getDate("due_date").toLocalDate(),
                Deferral.Status.valueOf(rs.getString("status")),
                rs.getString("rules_version"),
                rs.getString("applicant_name"),
                rs.getString("applicant_id"),
                rs.getInt("version"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
