package org.yici.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * What one JSON check asks of the database, counted on the request threads (docs/benchmarks/service.md,
 * issue 20): with PostgreSQL every statement is a round trip and every transaction that wrote
 * waits for the server's WAL flush, so at a few connections these counts, not CPU, set the pace.
 * Run on H2 ({@link H2DatabaseWorkPerCheckTest}) and PostgreSQL ({@link PostgresDatabaseWorkPerCheckTest}).
 */
@OwnDataFolder
// The key stays known for the whole test however slow the machine: what a check asks of the database
// with its key remembered is measured here; when a remembered key expires, ApiKeyCacheTest.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "yici.api-keys.cache-ttl=1h")
@Import(DatabaseWorkPerCheckContract.Counting.class)
abstract class DatabaseWorkPerCheckContract {
    static final int CHECKS = 10;

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcCounts counts;

    @TestConfiguration
    static class Counting {
        @Bean
        static JdbcCounts jdbcCounts() {
            return JdbcCounts.ofRequestThreads();
        }

        @Bean
        static BeanPostProcessor countJdbc(JdbcCounts counts) {
            return counts.wrapper();
        }
    }

    @Test
    void aJsonCheckIsOneTransactionOnOneConnection() {
        post(CheckApiContract.COMPLETE, null); // first use: anything loaded once
        counts.reset();
        for (int i = 0; i < CHECKS; i++) {
            assertThat(post(CheckApiContract.COMPLETE, null).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        }
        // The key is known (cache-ttl), so no lookup; licence directory and dishonesty list reads,
        // the check row, its handed-in materials (one batch) and its audit row; one commit.
        assertOnePerCheck(counts.snapshot(), "without key", 5);
    }

    @Test
    void aJsonCheckWithAnIdempotencyKeyIsOneTransactionOnOneConnection() {
        post(CheckApiContract.COMPLETE, null);
        counts.reset();
        for (int i = 0; i < CHECKS; i++) {
            assertThat(post(CheckApiContract.COMPLETE, "k-" + UUID.randomUUID()).getStatusCode())
                    .isEqualTo(HttpStatus.CREATED);
        }
        // As without, and the key's lookup and row in the same transaction.
        assertOnePerCheck(counts.snapshot(), "with key", 7);
    }

    @Test
    void anIdempotentRetryIsAnsweredFromOneReadOnlyTransaction() {
        String key = "k-" + UUID.randomUUID();
        assertThat(post(CheckApiContract.COMPLETE, key).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        counts.reset();
        for (int i = 0; i < CHECKS; i++) {
            assertThat(post(CheckApiContract.COMPLETE, key).getStatusCode()).isEqualTo(HttpStatus.OK);
        }
        // The key's row, then the check it names.
        assertOnePerCheck(counts.snapshot(), "retry", 2);
    }

    private void assertOnePerCheck(JdbcCounts.Snapshot done, String what, int statements) {
        String seen = getClass().getSimpleName() + " " + what + ": " + done.perCheck(CHECKS) + "\n  "
                + String.join("\n  ", done.sql());
        System.out.println(getClass().getSimpleName() + " " + what + ": " + done.perCheck(CHECKS));
        assertThat(done.checkouts()).as(seen).isEqualTo(CHECKS);
        assertThat(done.transactions()).as(seen).isEqualTo(CHECKS);
        assertThat(done.statements()).as(seen).isLessThanOrEqualTo((long) statements * CHECKS);
    }

    private ResponseEntity<String> post(String body, String key) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (key != null) {
            headers.set("Idempotency-Key", key);
        }
        return http.postForEntity("/api/v1/checks", new HttpEntity<>(body, headers), String.class);
    }
}
