package org.yici.engine.job;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Job rows. Every state change after QUEUED names the claimer in its WHERE clause, so a worker
 * whose job was taken from it (its heartbeat went stale) cannot overwrite the new owner's state.
 */
@Repository
public class JobRepository {
    private final JdbcClient jdbc;

    JobRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A job row. */
    public record JobRow(
            String id,
            JobStatus status,
            String requestJson,
            String requestHash,
            String idempotencyKey,
            String actor,
            String remoteAddress,
            int documentsTotal,
            int documentsDone,
            int pagesTotal,
            int pagesDone,
            int attempts,
            String claimedBy,
            String checkId,
            String problemJson,
            Instant createdAt,
            Instant startedAt,
            Instant finishedAt) {}

    /** A file of a job, by content address. */
    public record JobFile(String materialId, String fileName, long size, String sha256) {}

    public void insert(JobRow job, List<JobFile> files) {
        jdbc.sql(
                        """
                INSERT INTO check_job (id, status, request_json, request_hash, idem_key, actor, remote_addr,
                    docs_total, docs_done, pages_total, pages_done, attempts, created_at)
                VALUES (:id, :status, :request, :hash, :key, :actor, :remote, :docs, 0, 0, 0, 0, :at)
                """)
                .param("id", job.id())
                .param("status", job.status().name())
                .param("request", job.requestJson())
                .param("hash", job.requestHash())
                .param("key", job.idempotencyKey())
                .param("actor", job.actor())
                .param("remote", job.remoteAddress())
                .param("docs", files.size())
                .param("at", Timestamp.from(job.createdAt()))
                .update();
        int ordinal = 0;
        for (JobFile file : files) {
            jdbc.sql(
                            """
                    INSERT INTO check_job_file (job_id, material_id, file_name, size_bytes, sha256, ordinal)
                    VALUES (:job, :material, :name, :size, :sha, :ordinal)
                    """)
                    .param("job", job.id())
                    .param("material", file.materialId())
                    .param("name", file.fileName())
                    .param("size", file.size())
                    .param("sha", file.sha256())
                    .param("ordinal", ordinal++)
                    .update();
        }
    }

    public Optional<JobRow> find(String id) {
        return jdbc.sql("SELECT * FROM check_job WHERE id = :id")
                .param("id", id)
                .query(JobRepository::row)
                .optional();
    }

    Optional<JobRow> findByIdempotencyKey(String key) {
        return jdbc.sql("SELECT * FROM check_job WHERE idem_key = :key")
                .param("key", key)
                .query(JobRepository::row)
                .optional();
    }

    public List<JobFile> files(String jobId) {
        return jdbc.sql(
                        """
                SELECT material_id, file_name, size_bytes, sha256 FROM check_job_file
                WHERE job_id = :job ORDER BY ordinal
                """)
                .param("job", jobId)
                .query((rs, n) -> new JobFile(
                        rs.getString("material_id"),
                        rs.getString("file_name"),
                        rs.getLong("size_bytes"),
                        rs.getString("sha256")))
                .list();
    }

    /** The oldest queued jobs, candidates for {@link #claim}. */
    List<String> queued(int limit) {
        return jdbc.sql("SELECT id FROM check_job WHERE status = 'QUEUED' ORDER BY created_at, id LIMIT :n")
                .param("n", limit)
                .query(String.class)
                .list();
    }

    /**
     * Takes a queued job for {@code claimer}. The conditional UPDATE is atomic in every database we
     * run on: of concurrent claimers exactly one sees the row still QUEUED and changes it.
     *
     * @return whether this claimer got the job
     */
    public boolean claim(String id, String claimer, Instant now) {
        return jdbc.sql(
                                """
                        UPDATE check_job SET status = 'RUNNING', claimed_by = :me, attempts = attempts + 1,
                            started_at = :now, heartbeat_at = CURRENT_TIMESTAMP
                        WHERE id = :id AND status = 'QUEUED'
                        """)
                        .param("me", claimer)
                        .param("now", Timestamp.from(now))
                        .param("id", id)
                        .update()
                == 1;
    }

    boolean started(String id, String claimer, int documentsTotal, int pagesTotal) {
        return jdbc.sql(
                                """
                        UPDATE check_job SET docs_total = :docs, docs_done = 0, pages_total = :pages, pages_done = 0,
                            heartbeat_at = CURRENT_TIMESTAMP
                        WHERE id = :id AND claimed_by = :me AND status = 'RUNNING'
                        """)
                        .param("docs", documentsTotal)
                        .param("pages", pagesTotal)
                        .param("id", id)
                        .param("me", claimer)
                        .update()
                == 1;
    }

    void progress(String id, String claimer, int documentsDone, int pagesDone, int pagesTotal) {
        jdbc.sql(
                        """
                UPDATE check_job SET docs_done = :docs, pages_done = :pages, pages_total = :total,
                    heartbeat_at = CURRENT_TIMESTAMP
                WHERE id = :id AND claimed_by = :me AND status = 'RUNNING'
                """)
                .param("docs", documentsDone)
                .param("pages", pagesDone)
                .param("total", pagesTotal)
                .param("id", id)
                .param("me", claimer)
                .update();
    }

    void heartbeat(Collection<String> ids, String claimer) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.sql(
                        """
                UPDATE check_job SET heartbeat_at = CURRENT_TIMESTAMP
                WHERE id IN (:ids) AND claimed_by = :me AND status = 'RUNNING'
                """)
                .param("ids", List.copyOf(ids))
                .param("me", claimer)
                .update();
    }

    boolean done(String id, String claimer, String checkId, Instant now) {
        return jdbc.sql(
                                """
                        UPDATE check_job SET status = 'DONE', check_id = :check, finished_at = :now,
                            docs_done = docs_total, pages_done = pages_total
                        WHERE id = :id AND claimed_by = :me AND status = 'RUNNING'
                        """)
                        .param("check", checkId)
                        .param("now", Timestamp.from(now))
                        .param("id", id)
                        .param("me", claimer)
                        .update()
                == 1;
    }

    /**
     * Fails a running job. A rejected request keeps nothing: its request is blanked and its files
     * unlinked (the caller then removes their bytes).
     */
    boolean failed(String id, String claimer, String problemJson, boolean rejected, Instant now) {
        boolean changed = jdbc.sql(
                                """
                        UPDATE check_job SET status = 'FAILED', problem_json = :problem, finished_at = :now
                        WHERE id = :id AND claimed_by = :me AND status = 'RUNNING'
                        """)
                        .param("problem", problemJson)
                        .param("now", Timestamp.from(now))
                        .param("id", id)
                        .param("me", claimer)
                        .update()
                == 1;
        if (changed && rejected) {
            jdbc.sql("UPDATE check_job SET request_json = '{}' WHERE id = :id")
                    .param("id", id)
                    .update();
            jdbc.sql("DELETE FROM check_job_file WHERE job_id = :id")
                    .param("id", id)
                    .update();
        }
        return changed;
    }

    /** Gives a job back to the queue (this worker could not finish it, e.g. the database was away). */
    void release(String id, String claimer) {
        jdbc.sql(
                        """
                UPDATE check_job SET status = 'QUEUED', claimed_by = NULL
                WHERE id = :id AND claimed_by = :me AND status = 'RUNNING'
                """)
                .param("id", id)
                .param("me", claimer)
                .update();
    }

    /**
     * Jobs whose process died: RUNNING without a heartbeat for {@code staleAfter}. Heartbeats are
     * stamped, and their age measured, by the database's clock, so nodes whose clocks disagree do
     * not take each other's live jobs (or keep a dead node's job waiting). Those tried
     * {@code maxAttempts} times fail (a file that kills the process must not kill every restart);
     * the others are queued again.
     *
     * @return how many were queued again
     */
    int requeueStale(Duration staleAfter, int maxAttempts, String problemJson, Instant now) {
        Instant cutoff = databaseNow().minus(staleAfter);
        jdbc.sql(
                        """
                UPDATE check_job SET status = 'FAILED', problem_json = :problem, finished_at = :now
                WHERE status = 'RUNNING' AND heartbeat_at < :cutoff AND attempts >= :max
                """)
                .param("problem", problemJson)
                .param("now", Timestamp.from(now))
                .param("cutoff", Timestamp.from(cutoff))
                .param("max", maxAttempts)
                .update();
        return jdbc.sql(
                        """
                UPDATE check_job SET status = 'QUEUED', claimed_by = NULL
                WHERE status = 'RUNNING' AND heartbeat_at < :cutoff
                """)
                .param("cutoff", Timestamp.from(cutoff))
                .update();
    }

    /** The database's clock: the one every node's heartbeats are stamped with. */
    Instant databaseNow() {
        return jdbc.sql("SELECT CURRENT_TIMESTAMP")
                .query(Timestamp.class)
                .single()
                .toInstant();
    }

    private static JobRow row(ResultSet rs, int n) throws SQLException {
        return new JobRow(
                rs.getString("id"),
                JobStatus.valueOf(rs.getString("status")),
                rs.getString("request_json"),
                rs.getString("request_hash"),
                rs.getString("idem_key"),
                rs.getString("actor"),
                rs.getString("remote_addr"),
                rs.getInt("docs_total"),
                rs.getInt("docs_done"),
                rs.getInt("pages_total"),
                rs.getInt("pages_done"),
                rs.getInt("attempts"),
                rs.getString("claimed_by"),
                rs.getString("check_id"),
                rs.getString("problem_json"),
                instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("started_at")),
                instant(rs.getTimestamp("finished_at")));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
