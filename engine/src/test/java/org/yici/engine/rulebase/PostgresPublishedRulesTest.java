package org.yici.engine.rulebase;

import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.yici.engine.PostgresSchema;

/** Published rule versions on a real PostgreSQL, in a schema of its own (see {@link PostgresSchema}). */
class PostgresPublishedRulesTest extends PublishedRulesContract {
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
