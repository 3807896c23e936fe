package org.yici.engine;

import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** 容缺受理 tracking on a real PostgreSQL, in a schema of its own (see {@link PostgresSchema}). */
class PostgresDeferralTrackingTest extends DeferralTrackingContract {
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
