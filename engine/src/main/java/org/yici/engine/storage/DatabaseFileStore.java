package org.yici.engine.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.sql.DatabaseMetaData;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.Resource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The database kind of {@link FileStore} ({@code yici.storage.kind=database}): one {@code
 * file_object} row per object and its bytes in {@code file_chunk} rows of at most {@link
 * #CHUNK_SIZE} bytes (V50). Every node on the same database serves every object, and an object
 * commits or rolls back with the check, job or supplement that names it.
 *
 * <p>Why chunks of {@code BYTEA} rather than one value or PostgreSQL large objects: the PostgreSQL
 * driver reads a {@code bytea} value whole into memory, so a 50 MB download would hold the file
 * (and the driver's decoding buffer) at once; large objects stream but exist only on PostgreSQL
 * and must be unlinked separately. Chunk rows are the same SQL on H2 and PostgreSQL, are deleted
 * with their object, and neither writing (each chunk is streamed from the upload already in
 * memory, without a copy) nor reading (a download fetches one chunk at a time) holds more than one
 * chunk beyond the upload itself.
 */
class DatabaseFileStore implements FileStore {
    /** 1 MiB: small enough to hold one at a time, large enough that a 50 MB file is 50 rows. */
    static final int CHUNK_SIZE = 1 << 20;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final boolean postgres;

    DatabaseFileStore(DataSource dataSource, PlatformTransactionManager transactionManager, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        // REQUIRED: inside a check's transaction the object joins it; alone, put is still atomic.
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.postgres = isPostgres(dataSource);
    }

    @Override
    public Stored put(byte[] content) {
        String sha = FileStore.sha256(content);
        Stored stored = transactions.execute(status -> putInTransaction(sha, content));
        return stored;
    }

    /**
     * Touching an existing object locks its row until this transaction ends, so {@link
     * #deleteIfUnreferenced} cannot remove it under a row about to name it. If a delete won the
     * lock, the touch finds nothing and the object is written again.
     */
    private Stored putInTransaction(String sha, byte[] content) {
        Timestamp now = Timestamp.from(clock.instant());
        for (int attempt = 0; attempt < 3; attempt++) {
            if (jdbc.update("UPDATE file_object SET used_at = ? WHERE sha256 = ?", now, sha) == 1) {
                return new Stored(sha, content.length, false);
            }
            if (insertObject(sha, content.length, now)) {
                writeChunks(sha, content);
                return new Stored(sha, content.length, true);
            }
            // Another transaction stored the same bytes and committed meanwhile: touch that one.
        }
        throw new IllegalStateException("cannot store object " + sha + ": it keeps being deleted");
    }

    private boolean insertObject(String sha, long size, Timestamp now) {
        int chunks = (int) ((size + CHUNK_SIZE - 1) / CHUNK_SIZE);
        if (postgres) {
            // Waits for a concurrent insert of the same object; 0 rows if that one committed.
            return jdbc.update(
                            """
                    INSERT INTO file_object (sha256, size_bytes, chunks, created_at, used_at)
                    VALUES (?, ?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING
                    """,
                            sha,
                            size,
                            chunks,
                            now,
                            now)
                    == 1;
        }
        try {
            // H2 undoes only the failed statement, so the caller's transaction goes on.
            jdbc.update(
                    "INSERT INTO file_object (sha256, size_bytes, chunks, created_at, used_at) VALUES (?, ?, ?, ?, ?)",
                    sha,
                    size,
                    chunks,
                    now,
                    now);
            return true;
        } catch (DuplicateKeyException alreadyThere) {
            return false;
        }
    }

    private void writeChunks(String sha, byte[] content) {
        int seq = 0;
        // An empty file is an object without chunks (its chunks column says 0).
        for (int offset = 0; offset < content.length; offset += CHUNK_SIZE, seq++) {
            int length = Math.min(CHUNK_SIZE, content.length - offset);
            int from = offset;
            int index = seq;
            jdbc.update("INSERT INTO file_chunk (sha256, seq, bytes) VALUES (?, ?, ?)", ps -> {
                ps.setString(1, sha);
                ps.setInt(2, index);
                ps.setBinaryStream(3, new ByteArrayInputStream(content, from, length), length);
            });
        }
    }

    @Override
    public boolean contains(String sha256) {
        return FileStore.isSha256(sha256) && size(sha256).isPresent();
    }

    @Override
    public byte[] read(String sha256) {
        long size = size(sha256).orElseThrow(() -> new IllegalStateException("stored file missing: " + sha256));
        // Straight into an array of the object's size: the bytes are in memory once, plus one chunk.
        byte[] content = new byte[Math.toIntExact(size)];
        try (InputStream in = new ChunkStream(sha256)) {
            int read = in.readNBytes(content, 0, content.length);
            if (read != content.length || in.read() != -1) {
                throw new IllegalStateException("stored file " + sha256 + " has " + read + " of " + size + " bytes");
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read stored file " + sha256, e);
        }
        return content;
    }

    @Override
    public Optional<Resource> open(String sha256) {
        if (!FileStore.isSha256(sha256)) {
            return Optional.empty();
        }
        return size(sha256).map(size -> new ObjectResource(sha256, size));
    }

    @Override
    public void deleteIfUnreferenced(String sha256, BooleanSupplier referenced) {
        if (!FileStore.isSha256(sha256)) {
            return;
        }
        transactions.executeWithoutResult(status -> {
            // Waits for a transaction that touched the object (put) to end; its row is then counted.
            boolean exists = !jdbc.queryForList(
                            "SELECT sha256 FROM file_object WHERE sha256 = ? FOR UPDATE", String.class, sha256)
                    .isEmpty();
            if (exists && !referenced.getAsBoolean()) {
                jdbc.update("DELETE FROM file_chunk WHERE sha256 = ?", sha256);
                jdbc.update("DELETE FROM file_object WHERE sha256 = ?", sha256);
            }
        });
    }

    @Override
    public boolean transactional() {
        return true;
    }

    @Override
    public String describe() {
        return "database table file_object";
    }

    private Optional<Long> size(String sha256) {
        return jdbc.queryForList("SELECT size_bytes FROM file_object WHERE sha256 = ?", Long.class, sha256).stream()
                .findFirst();
    }

    private static boolean isPostgres(DataSource dataSource) {
        try {
            String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
            return product.toLowerCase(Locale.ROOT).contains("postgres");
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("cannot tell which database stores the files", e);
        }
    }

    /** An object's bytes, fetched a chunk at a time as they are read. */
    private final class ChunkStream extends InputStream {
        private final String sha256;
        private int next;
        private byte[] chunk = new byte[0];
        private int position;
        private boolean ended;

        ChunkStream(String sha256) {
            this.sha256 = sha256;
        }

        @Override
        public int read() throws IOException {
            if (!fill()) {
                return -1;
            }
            return chunk[position++] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int n = Math.min(length, chunk.length - position);
            System.arraycopy(chunk, position, buffer, offset, n);
            position += n;
            return n;
        }

        private boolean fill() {
            while (!ended && position >= chunk.length) {
                var rows = jdbc.query(
                        "SELECT bytes FROM file_chunk WHERE sha256 = ? AND seq = ?",
                        (rs, n) -> rs.getBytes(1),
                        sha256,
                        next);
                if (rows.isEmpty()) {
                    ended = true;
                } else {
                    chunk = rows.get(0);
                    position = 0;
                    next++;
                }
            }
            return !ended || position < chunk.length;
        }
    }

    /** A download: a new chunk stream per {@link #getInputStream()}, its length known up front. */
    private final class ObjectResource extends AbstractResource {
        private final String sha256;
        private final long size;

        ObjectResource(String sha256, long size) {
            this.sha256 = sha256;
            this.size = size;
        }

        @Override
        public InputStream getInputStream() {
            return new ChunkStream(sha256);
        }

        @Override
        public boolean exists() {
            return true;
        }

        @Override
        public long contentLength() {
            return size;
        }

        @Override
        public String getDescription() {
            return "stored object " + sha256;
        }
    }
}
