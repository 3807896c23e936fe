package org.yici.engine.apikey;

import com.github.f4b6a3.ulid.UlidCreator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * API keys: created once (the caller sees the key once), stored hashed, revocable.
 *
 * <p>Every API request presents a key. A key found live is answered from memory for {@code
 * yici.api-keys.cache-ttl} (default 5 s) instead of a pool checkout and a {@code SELECT} per request
 * (a round trip to PostgreSQL, and a transaction of its own; docs/benchmarks/service.md). The
 * staleness is bounded: {@link #revoke} forgets the key at once in this process, every other process
 * (the other service nodes, and the service after {@code yici keys revoke}) asks the database again
 * once the time is up. Unknown and revoked keys are never remembered, so a new key works at once.
 */
@Service
public class ApiKeys {
    private static final SecureRandom RANDOM = new SecureRandom();
    /** More live keys than any deployment has; past it the memory starts over rather than grow. */
    private static final int MAX_REMEMBERED = 10_000;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final long ttlNanos;
    private final LongSupplier nanoTime;
    private final Map<String, Remembered> live = new ConcurrentHashMap<>();
    /** Counts revocations made here, so a lookup racing one does not remember what it read before. */
    private final AtomicLong revocations = new AtomicLong();

    @Autowired
    ApiKeys(JdbcClient jdbc, Clock clock, ApiKeyProperties properties) {
        this(jdbc, clock, properties.cacheTtl(), System::nanoTime);
    }

    /** @param nanoTime a monotonic clock (tests move it) */
    ApiKeys(JdbcClient jdbc, Clock clock, Duration cacheTtl, LongSupplier nanoTime) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ttlNanos = cacheTtl.toNanos();
        this.nanoTime = nanoTime;
    }

    private record Remembered(ApiKey key, long until) {}

    /** A key's record (never the key itself). */
    public record ApiKey(String id, String name, Set<ApiRole> roles, Instant createdAt, Instant revokedAt) {}

    /** A key just created: {@code key} is shown once and not stored. */
    public record Created(ApiKey record, String key) {}

    public Created create(String name, Set<ApiRole> roles) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String key = "yk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return new Created(store(name, roles, key), key);
    }

    /** Stores a key the operator chose (configuration), unless it is already there. */
    public void ensure(String name, Set<ApiRole> roles, String key) {
        if (jdbc.sql("SELECT COUNT(*) FROM api_key WHERE key_hash = :h")
                        .param("h", hash(key))
                        .query(Long.class)
                        .single()
                == 0) {
            store(name, roles, key);
        }
    }

    private ApiKey store(String name, Set<ApiRole> roles, String key) {
        ApiKey record = new ApiKey(UlidCreator.getMonotonicUlid().toString(), name, roles, clock.instant(), null);
        jdbc.sql(
                        """
                INSERT INTO api_key (id, name, key_hash, roles, created_at)
                VALUES (:id, :name, :hash, :roles, :at)
                """)
                .param("id", record.id())
                .param("name", name)
                .param("hash", hash(key))
                .param("roles", roles.stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
                .param("at", Timestamp.from(record.createdAt()))
                .update();
        return record;
    }

    /**
     * The live (not revoked) key presented, if any: from memory when this process found it live
     * less than {@code cache-ttl} ago, else from the database.
     */
    public Optional<ApiKey> authenticate(String key) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        String hash = hash(key.strip());
        long now = nanoTime.getAsLong();
        Remembered remembered = live.get(hash);
        if (remembered != null && now - remembered.until() < 0) {
            return Optional.of(remembered.key());
        }
        long revocationsBefore = revocations.get();
        Optional<ApiKey> found = jdbc.sql("SELECT * FROM api_key WHERE key_hash = :h AND revoked_at IS NULL")
                .param("h", hash)
                .query(this::map)
                .optional();
        if (found.isEmpty() || ttlNanos == 0) {
            live.remove(hash);
            return found;
        }
        if (live.size() >= MAX_REMEMBERED) {
            live.clear();
        }
        Remembered fresh = new Remembered(found.get(), now + ttlNanos);
        live.put(hash, fresh);
        if (revocations.get() != revocationsBefore) {
            // A revocation here may have come between the SELECT and put: read again next time.
            live.remove(hash, fresh);
        }
        return found;
    }

    public List<ApiKey> list() {
        return jdbc.sql("SELECT * FROM api_key ORDER BY id").query(this::map).list();
    }

    /**
     * Refused by this process from now on, by other processes within {@code cache-ttl}.
     *
     * @return whether a live key with that id was revoked
     */
    public boolean revoke(String id) {
        boolean revoked = jdbc.sql("UPDATE api_key SET revoked_at = :at WHERE id = :id AND revoked_at IS NULL")
                        .param("at", Timestamp.from(clock.instant()))
                        .param("id", id)
                        .update()
                == 1;
        revocations.incrementAndGet();
        live.values().removeIf(r -> r.key().id().equals(id));
        return revoked;
    }

    private ApiKey map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        Set<ApiRole> roles = EnumSet.noneOf(ApiRole.class);
        Arrays.stream(rs.getString("roles").split(",")).map(ApiRole::valueOf).forEach(roles::add);
        Timestamp revoked = rs.getTimestamp("revoked_at");
        return new ApiKey(
                rs.getString("id"),
                rs.getString("name"),
                roles,
                rs.getTimestamp("created_at").toInstant(),
                revoked == null ? null : revoked.toInstant());
    }

    static String hash(String key) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
