package org.yici.engine.apikey;

import com.github.f4b6a3.ulid.UlidCreator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** API keys: created once (the caller sees the key once), stored hashed, revocable. */
@Service
public class ApiKeys {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;

    ApiKeys(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

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

    /** The live (not revoked) key presented, if any. */
    public Optional<ApiKey> authenticate(String key) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT * FROM api_key WHERE key_hash = :h AND revoked_at IS NULL")
                .param("h", hash(key.strip()))
                .query(this::map)
                .optional();
    }

    public List<ApiKey> list() {
        return jdbc.sql("SELECT * FROM api_key ORDER BY id").query(this::map).list();
    }

    /** @return whether a live key with that id was revoked */
    public boolean revoke(String id) {
        return jdbc.sql("UPDATE api_key SET revoked_at = :at WHERE id = :id AND revoked_at IS NULL")
                        .param("at", Timestamp.from(clock.instant()))
                        .param("id", id)
                        .update()
                == 1;
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
