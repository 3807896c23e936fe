package org.yici.engine.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.Clock;
import java.util.Random;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The database kind of the file store on a real database, migrated by the service's migrations:
 * H2 ({@link H2DatabaseFileStoreTest}) and PostgreSQL ({@link PostgresDatabaseFileStoreTest}).
 */
abstract class DatabaseFileStoreContract {
    DataSource dataSource;
    DatabaseFileStore store;
    JdbcTemplate jdbc;
    TransactionTemplate transaction;
    final Random random = new Random();

    abstract DataSource migratedDataSource();

    @BeforeEach
    void setUp() {
        dataSource = migratedDataSource();
        JdbcTransactionManager transactions = new JdbcTransactionManager(dataSource);
        store = new DatabaseFileStore(dataSource, transactions, Clock.systemUTC());
        jdbc = new JdbcTemplate(dataSource);
        transaction = new TransactionTemplate(transactions);
    }

    static void migrate(DataSource dataSource, String schema) {
        var flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
        if (schema != null) {
            flyway = flyway.schemas(schema).createSchemas(true);
        }
        flyway.load().migrate();
    }

    private byte[] randomBytes(int size) {
        byte[] content = new byte[size];
        random.nextBytes(content);
        return content;
    }

    @Test
    void keepsALargeFileInChunksAndStreamsItBackWhole() throws Exception {
        byte[] content = randomBytes(DatabaseFileStore.CHUNK_SIZE * 2 + DatabaseFileStore.CHUNK_SIZE / 2);
        String sha = FileStore.sha256(content);

        FileStore.Stored stored = store.put(content);

        assertThat(stored).isEqualTo(new FileStore.Stored(sha, content.length, true));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM file_chunk WHERE sha256 = ?", Long.class, sha))
                .isEqualTo(3);
        assertThat(store.contains(sha)).isTrue();
        assertThat(store.read(sha)).isEqualTo(content);
        Resource resource = store.open(sha).orElseThrow();
        assertThat(resource.contentLength()).isEqualTo(content.length);
        try (InputStream in = resource.getInputStream()) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
    }

    @Test
    void theSameBytesAreOneObject() {
        byte[] content = randomBytes(1000);
        assertThat(store.put(content).created()).isTrue();
        assertThat(store.put(content).created()).isFalse();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM file_object WHERE sha256 = ?", Long.class, FileStore.sha256(content)))
                .isEqualTo(1);
    }

    /** Two nodes storing the same new upload at once, each in its own transaction: one object. */
    @Test
    void theSameNewBytesStoredAtOnceByTwoTransactionsAreOneObject() throws Exception {
        byte[] content = randomBytes(DatabaseFileStore.CHUNK_SIZE * 2);
        String sha = FileStore.sha256(content);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.List<java.util.concurrent.Future<FileStore.Stored>> puts = new java.util.ArrayList<>();
            for (int i = 0; i < 2; i++) {
                puts.add(pool.submit(() -> {
                    start.await();
                    return transaction.execute(status -> store.put(content));
                }));
            }
            start.countDown();
            java.util.List<Boolean> created = new java.util.ArrayList<>();
            for (var put : puts) {
                created.add(put.get().created());
            }
            assertThat(created).containsExactlyInAnyOrder(true, false);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM file_object WHERE sha256 = ?", Long.class, sha))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM file_chunk WHERE sha256 = ?", Long.class, sha))
                .isEqualTo(2);
        assertThat(store.read(sha)).isEqualTo(content);
    }

    @Test
    void anEmptyFileIsStoredAndReadBack() {
        FileStore.Stored stored = store.put(new byte[0]);
        assertThat(store.read(stored.sha256())).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM file_chunk WHERE sha256 = ?", Long.class, stored.sha256()))
                .isZero();
    }

    @Test
    void anObjectRollsBackWithTheTransactionThatStoredIt() {
        byte[] content = randomBytes(DatabaseFileStore.CHUNK_SIZE + 10);
        transaction.executeWithoutResult(status -> {
            store.put(content);
            assertThat(store.contains(FileStore.sha256(content))).isTrue();
            status.setRollbackOnly();
        });
        assertThat(store.contains(FileStore.sha256(content))).isFalse();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM file_chunk WHERE sha256 = ?", Long.class, FileStore.sha256(content)))
                .isZero();
    }

    @Test
    void deletesOnlyWhatNothingRefersTo() {
        String kept = store.put(randomBytes(100)).sha256();
        String released =
                store.put(randomBytes(DatabaseFileStore.CHUNK_SIZE + 1)).sha256();

        store.deleteIfUnreferenced(kept, () -> true);
        store.deleteIfUnreferenced(released, () -> false);

        assertThat(store.contains(kept)).isTrue();
        assertThat(store.contains(released)).isFalse();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM file_chunk WHERE sha256 = ?", Long.class, released))
                .isZero();
        assertThat(store.open(released)).isEmpty();
    }

    @Test
    void answersNothingForWhatIsNotAnObjectName() {
        assertThat(store.open("../etc/passwd")).isEmpty();
        assertThat(store.contains("0".repeat(64))).isFalse();
    }
}
