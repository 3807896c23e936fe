package org.yici.engine.audit;

import com.github.f4b6a3.ulid.UlidCreator;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The append-only audit trail: who did what to which check or deferral, when, from where. */
@Component
public class AuditTrail {
    private final JdbcClient jdbc;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records an event in the caller's transaction, so it stands or falls with the change. */
    public void record(Actor actor, String action, String subjectType, String subjectId, String detail) {
        jdbc.sql(
                        """
                INSERT INTO audit_event (id, at, actor, action, subject_type, subject_id, detail, remote_addr)
                VALUES (:id, :at, :actor, :action, :type, :subject, :detail, :remote)
                """)
                .param("id", UlidCreator.getMonotonicUlid().toString())
                .param("at", Timestamp.from(clock.instant()))
                .param("actor", actor.name())
                .param("action", action)
                .param("type", subjectType)
                .param("subject", subjectId)
                .param("detail", detail)
                .param("remote", actor.remoteAddress())
                .update();
    }

    public List<AuditEvent> of(String subjectType, String subjectId) {
        return jdbc.sql(
                        """
                SELECT at, actor, action, detail, remote_addr FROM audit_event
                WHERE subject_type = :type AND subject_id = :subject ORDER BY id
                """)
                .param("type", subjectType)
                .param("subject", subjectId)
                .query((rs, n) -> new AuditEvent(
                        rs.getTimestamp("at").toInstant(),
                        rs.getString("actor"),
                        rs.getString("action"),
                        rs.getString("detail"),
                        rs.getString("remote_addr")))
                .list();
    }

    /** One entry of the trail. */
    public record AuditEvent(java.time.Instant at, String actor, String action, String detail, String remoteAddress) {}

    /**
     * Who acts: a staff user, an API client, or the system itself (scheduled jobs).
     *
     * @param remoteAddress null for the system and the CLI
     */
    public record Actor(String name, String remoteAddress) {
        public static final Actor SYSTEM = new Actor("system", null);
    }
}
