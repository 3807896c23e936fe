package org.yici.engine.rulebase;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.yici.rules.build.RuleSource;

/**
 * Published rule versions in the database: every file of a rule set, stored once by content, and
 * who published which version when. It stores what it is given; compiling first is the caller's
 * part ({@link LiveRuleBook#publish}, {@code yici rules publish}).
 */
@Repository
public class RuleStore {
    /** How many content hashes one {@code IN (...)} asks about. */
    private static final int CHUNK = 500;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final TransactionTemplate transaction;
    private final Clock clock;

    RuleStore(JdbcClient jdbc, NamedParameterJdbcTemplate batch, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** One act of publishing: {@code version} became the published rule set. */
    public record Publication(long id, String version, String publishedBy, Instant publishedAt) {}

    /**
     * Stores the rule set (unless that version is already stored) and records it as published by
     * {@code by}, in one transaction.
     */
    public Publication publish(RuleSource source, String by) {
        try {
            return transaction.execute(status -> store(source, by));
        } catch (DuplicateKeyException e) {
            // Another node or maintainer stored the same files at the same moment: they are there now.
            return transaction.execute(status -> store(source, by));
        }
    }

    private Publication store(RuleSource source, String by) {
        String version = source.version();
        boolean stored = jdbc.sql("SELECT COUNT(*) FROM rule_version WHERE version = :v")
                        .param("v", version)
                        .query(Long.class)
                        .single()
                > 0;
        Instant now = clock.instant();
        if (!stored) {
            storeFiles(source, version, now);
        }
        jdbc.sql(
                        """
                INSERT INTO rule_publication (version, published_by, published_at)
                VALUES (:v, :by, :at)
                """)
                .param("v", version)
                .param("by", by)
                .param("at", Timestamp.from(now))
                .update();
        return latest().orElseThrow();
    }

    private void storeFiles(RuleSource source, String version, Instant now) {
        Map<String, String> hashes = new LinkedHashMap<>();
        Map<String, byte[]> contents = new LinkedHashMap<>();
        long size = 0;
        for (Map.Entry<String, byte[]> file : source.files().entrySet()) {
            String hash = sha256(file.getValue());
            hashes.put(file.getKey(), hash);
            contents.putIfAbsent(hash, file.getValue());
            size += file.getValue().length;
        }
        Set<String> known = existing(new ArrayList<>(contents.keySet()));
        batch.batchUpdate(
                "INSERT INTO rule_file (sha256, content) VALUES (:h, :c)",
                contents.entrySet().stream()
                        .filter(e -> !known.contains(e.getKey()))
                        .map(e -> (SqlParameterSource)
                                new MapSqlParameterSource("h", e.getKey()).addValue("c", e.getValue()))
                        .toArray(SqlParameterSource[]::new));
        jdbc.sql(
                        """
                INSERT INTO rule_version (version, file_count, size_bytes, stored_at)
                VALUES (:v, :n, :size, :at)
                """)
                .param("v", version)
                .param("n", hashes.size())
                .param("size", size)
                .param("at", Timestamp.from(now))
                .update();
        batch.batchUpdate(
                "INSERT INTO rule_version_file (version, path, sha256) VALUES (:v, :p, :h)",
                hashes.entrySet().stream()
                        .map(e -> (SqlParameterSource) new MapSqlParameterSource("v", version)
                                .addValue("p", e.getKey())
                                .addValue("h", e.getValue()))
                        .toArray(SqlParameterSource[]::new));
    }

    private Set<String> existing(List<String> hashes) {
        Set<String> known = new HashSet<>();
        for (int i = 0; i < hashes.size(); i += CHUNK) {
            known.addAll(jdbc.sql("SELECT sha256 FROM rule_file WHERE sha256 IN (:h)")
                    .param("h", hashes.subList(i, Math.min(hashes.size(), i + CHUNK)))
                    .query(String.class)
                    .list());
        }
        return known;
    }

    /** The newest publication: the version every node in database mode should serve. */
    public Optional<Publication> latest() {
        return history(1).stream().findFirst();
    }

    /** The newest {@code limit} publications, newest first. */
    public List<Publication> history(int limit) {
        return jdbc.sql(
                        """
                SELECT id, version, published_by, published_at FROM rule_publication
                ORDER BY id DESC LIMIT :n
                """)
                .param("n", limit)
                .query((rs, row) -> new Publication(
                        rs.getLong("id"),
                        rs.getString("version"),
                        rs.getString("published_by"),
                        rs.getTimestamp("published_at").toInstant()))
                .list();
    }

    /**
     * A stored rule set, read back whole.
     *
     * @throws IllegalStateException when the stored files no longer hash to their version
     */
    public Optional<RuleSource> load(String version) {
        Map<String, byte[]> files = new TreeMap<>();
        jdbc.sql(
                        """
                SELECT f.path, c.content FROM rule_version_file f
                JOIN rule_file c ON c.sha256 = f.sha256
                WHERE f.version = :v
                """)
                .param("v", version)
                .query(rs -> {
                    files.put(rs.getString("path"), rs.getBytes("content"));
                });
        if (files.isEmpty()) {
            return Optional.empty();
        }
        RuleSource source = RuleSource.ofBytes(files, "database:" + version);
        if (!source.version().equals(version)) {
            throw new IllegalStateException(
                    "stored rule files of " + version + " hash to " + source.version() + ": the rows were changed");
        }
        return Optional.of(source);
    }

    private static String sha256(byte[] content) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
