package org.yici.engine.apikey;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicLong;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.yici.engine.PostgresSchema;

/**
 * Two service nodes on one PostgreSQL schema, each with its own pool and its own memory of live
 * keys ({@link ApiKeys}, {@code yici.api-keys.cache-ttl}), and a clock the test moves: a revoked
 * key is refused by the node that revoked it at once and by the other within the cache time.
 */
class ApiKeyCacheTest {
    static final Duration TTL = Duration.ofSeconds(5);

    final PostgresSchema schema = new PostgresSchema();
    final AtomicLong now = new AtomicLong(1_000_000_000L);
    HikariDataSource poolA;
    HikariDataSource poolB;
    ApiKeys nodeA;
    ApiKeys nodeB;
    JdbcClient jdbcB;

    @BeforeEach
    void twoNodes() {
        poolA = pool();
        Flyway.configure()
                .dataSource(poolA)
                .schemas(schema.name)
                .createSchemas(true)
                .load()
                .migrate();
        poolB = pool();
        jdbcB = JdbcClient.create(poolB);
        nodeA = new ApiKeys(JdbcClient.create(poolA), Clock.systemUTC(), TTL, now::get);
        nodeB = new ApiKeys(jdbcB, Clock.systemUTC(), TTL, now::get);
    }

    @AfterEach
    void close() {
        poolA.close();
        poolB.close();
        schema.drop();
    }

    private HikariDataSource pool() {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(PostgresSchema.URL + "?currentSchema=" + schema.name);
        pool.setUsername(PostgresSchema.USER);
        pool.setMaximumPoolSize(2);
        return pool;
    }

    @Test
    void aKeyRevokedOnOneNodeIsRefusedThereAtOnceAndOnTheOtherWithinTheCacheTime() {
        ApiKeys.Created created = nodeA.create("portal", EnumSet.of(ApiRole.INTAKE));
        assertThat(nodeA.authenticate(created.key())).isPresent();
        assertThat(nodeB.authenticate(created.key())).isPresent();

        assertThat(nodeA.revoke(created.record().id())).isTrue();

        assertThat(nodeA.authenticate(created.key())).isEmpty();
        now.addAndGet(TTL.toNanos());
        assertThat(nodeB.authenticate(created.key())).isEmpty();
    }

    @Test
    void withinTheCacheTimeANodeAsksTheDatabaseOnceForALiveKey() {
        ApiKeys.Created created = nodeA.create("portal", EnumSet.of(ApiRole.INTAKE));
        assertThat(nodeB.authenticate(created.key())).isPresent();
        // What node B remembers answers it: the row it read is gone and B still knows the key.
        jdbcB.sql("DELETE FROM api_key").update();
        now.addAndGet(TTL.toNanos() - 1);
        assertThat(nodeB.authenticate(created.key())).isPresent();
        now.addAndGet(1);
        assertThat(nodeB.authenticate(created.key())).isEmpty();
    }

    @Test
    void unknownKeysAreNotRememberedSoANewKeyWorksAtOnceEverywhere() {
        ApiKeys.Created created = nodeA.create("portal", EnumSet.of(ApiRole.INTAKE));
        jdbcB.sql("UPDATE api_key SET revoked_at = CURRENT_TIMESTAMP").update();
        assertThat(nodeB.authenticate(created.key())).isEmpty();
        jdbcB.sql("UPDATE api_key SET revoked_at = NULL").update();
        assertThat(nodeB.authenticate(created.key())).isPresent();
    }

    @Test
    void aCacheTimeOfZeroAsksTheDatabaseEveryTime() {
        ApiKeys uncached = new ApiKeys(jdbcB, Clock.systemUTC(), Duration.ZERO, now::get);
        ApiKeys.Created created = nodeA.create("portal", EnumSet.of(ApiRole.INTAKE));
        assertThat(uncached.authenticate(created.key())).isPresent();
        assertThat(nodeA.revoke(created.record().id())).isTrue();
        assertThat(uncached.authenticate(created.key())).isEmpty();
    }
}
