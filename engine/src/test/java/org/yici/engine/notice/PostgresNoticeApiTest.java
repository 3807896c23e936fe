package org.yici.engine.notice;

import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Notices on a real PostgreSQL ({@code YICI_TEST_PG_URL}, default the local server's database
 * {@code test}), in a schema of this run's own that is dropped afterwards.
 */
class PostgresNoticeApiTest extends NoticeApiContract {
    static final String URL = System.getenv().getOrDefault("YICI_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String USER = System.getenv().getOrDefault("YICI_TEST_PG_USER", "postgres");
    static final String SCHEMA =
            "yici_notice_" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> URL + "?currentSchema=" + SCHEMA);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> "");
        registry.add("spring.flyway.schemas", () -> SCHEMA);
        registry.add("spring.flyway.create-schemas", () -> "true");
    }

    @AfterAll
    static void dropSchema() {
        new JdbcTemplate(new DriverManagerDataSource(URL, USER, ""))
                .execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
    }
}
