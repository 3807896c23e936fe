package org.yici.engine;

import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link DatabaseWorkPerCheckContract} on a real PostgreSQL, in a schema of its own. */
class PostgresDatabaseWorkPerCheckTest extends DatabaseWorkPerCheckContract {
    static final PostgresSchema SCHEMA = new PostgresSchema();

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        SCHEMA.register(registry);
    }

    @AfterAll
    static void dropSchema() {
        SCHEMA.drop();
    }
}
