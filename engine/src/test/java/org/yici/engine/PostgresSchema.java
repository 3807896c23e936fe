package org.yici.engine;

import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A throw-away schema on the real PostgreSQL ({@code YICI_TEST_PG_URL}, default the local
 * server's database {@code test}, user {@code YICI_TEST_PG_USER} or postgres).
 */
public final class PostgresSchema {
    public static final String URL =
            System.getenv().getOrDefault("YICI_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    public static final String USER = System.getenv().getOrDefault("YICI_TEST_PG_USER", "postgres");

    public final String name =
            "yici_it_" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);

    public void register(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> URL + "?currentSchema=" + name);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> "");
        registry.add("spring.flyway.schemas", () -> name);
        registry.add("spring.flyway.create-schemas", () -> "true");
    }

    public void drop() {
        new JdbcTemplate(new DriverManagerDataSource(URL, USER, ""))
                .execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
    }
}
