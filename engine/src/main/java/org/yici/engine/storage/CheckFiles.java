package org.yici.engine.storage;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The files each check came with: bytes in the {@link FileStore}, one {@code check_file} row per
 * material. Rows are written in the check's transaction; bytes this transaction stored for the
 * first time are removed again if it rolls back, so a rejected request keeps nothing.
 */
@Component
public class CheckFiles {
    private static final Logger log = LoggerFactory.getLogger(CheckFiles.class);

    private final FileStore store;
    private final JdbcClient jdbc;
    private final Clock clock;

    CheckFiles(FileStore store, JdbcClient jdbc, Clock clock) {
        this.store = store;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A file as uploaded for material {@code materialId}. */
    public record Upload(String materialId, String fileName, String mediaType, byte[] content) {}

    /** A file kept with a check. */
    public record StoredFile(
            String materialId, String fileName, String mediaType, long size, String sha256, Instant storedAt) {
        public FileResponses.Kept kept() {
            return new FileResponses.Kept(sha256, fileName, mediaType, size);
        }
    }

    /** Stores the files of a check; call inside the transaction that records the check. */
    public void keep(String checkId, List<Upload> uploads) {
        Instant now = clock.instant();
        for (Upload upload : uploads) {
            FileStore.Stored stored = store(upload.content());
            jdbc.sql(
                            """
                    INSERT INTO check_file (check_id, material_id, file_name, media_type, size_bytes, sha256, created_at)
                    VALUES (:check, :material, :name, :type, :size, :sha, :at)
                    """)
                    .param("check", checkId)
                    .param("material", upload.materialId())
                    .param("name", truncate(upload.fileName(), 400))
                    .param("type", recordedMediaType(upload.mediaType()))
                    .param("size", stored.size())
                    .param("sha", stored.sha256())
                    .param("at", Timestamp.from(now))
                    .update();
        }
    }

    /**
     * Stores bytes that a row written in the current transaction will refer to (a check's file, a
     * supplement's scan, a job's input): if the transaction rolls back, bytes stored for the first
     * time here are gone again (rolled back with it in the database kind, removed afterwards in the
     * folder kind), so a rejected request keeps nothing.
     */
    public FileStore.Stored store(byte[] content) {
        FileStore.Stored stored = store.put(content);
        if (!store.transactional()) {
            cleanUpOnRollback(
                    stored.created() ? List.of(stored.sha256()) : List.of(), Map.of(stored.sha256(), content));
        }
        return stored;
    }

    /** The media type to record: the one sniffed from the content, else a neutral one. */
    public static String recordedMediaType(String sniffed) {
        return sniffed == null ? "application/octet-stream" : sniffed;
    }

    /** A file name as recorded (the column holds 400 characters). */
    public static String recordedName(String fileName) {
        return truncate(fileName, 400);
    }

    /** The files of a check, in the order they were sent. */
    public List<StoredFile> of(String checkId) {
        return jdbc.sql(
                        """
                SELECT material_id, file_name, media_type, size_bytes, sha256, created_at FROM check_file
                WHERE check_id = :check ORDER BY created_at, material_id
                """)
                .param("check", checkId)
                .query((rs, n) -> new StoredFile(
                        rs.getString("material_id"),
                        rs.getString("file_name"),
                        rs.getString("media_type"),
                        rs.getLong("size_bytes"),
                        rs.getString("sha256"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    public Optional<StoredFile> file(String checkId, String sha256) {
        return of(checkId).stream().filter(f -> f.sha256().equals(sha256)).findFirst();
    }

    /**
     * Deletes the objects no check, job or supplement refers to (committed rows only). In the
     * database kind the object is locked while its references are counted, so nothing is lost. In
     * the folder kind a check storing the same bytes whose row is not committed yet can lose them
     * to such a delete; it puts them back after its commit. What remains there is a delete that
     * counted before that commit and removes the object after the put-back: two requests with
     * identical bytes, one of them rolled back, within the same few milliseconds.
     */
    public void releaseUnreferenced(Collection<String> sha256s) {
        for (String sha : sha256s) {
            store.deleteIfUnreferenced(sha, () -> references(sha) > 0);
        }
    }

    private long references(String sha) {
        return jdbc.sql(
                        """
                    SELECT (SELECT COUNT(*) FROM check_file WHERE sha256 = :sha)
                         + (SELECT COUNT(*) FROM check_job_file WHERE sha256 = :sha)
                         + (SELECT COUNT(*) FROM supplement WHERE sha256 = :sha)
                    """)
                .param("sha", sha)
                .query(Long.class)
                .single();
    }

    private void cleanUpOnRollback(List<String> created, Map<String, byte[]> kept) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            /** Closes most of the gap described at {@link #releaseUnreferenced}: put back what went. */
            @Override
            public void afterCommit() {
                kept.forEach((sha, content) -> {
                    if (!store.contains(sha)) {
                        store.put(content);
                    }
                });
            }

            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED && !created.isEmpty()) {
                    try {
                        releaseUnreferenced(created);
                    } catch (RuntimeException e) {
                        log.warn("could not remove files of a rolled-back check: {}", e.toString());
                    }
                }
            }
        });
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
