package org.yici.engine;

import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/** 容缺受理 tracking on a real PostgreSQL with the supplements' files in the database. */
@TestPropertySource(properties = "yici.storage.kind=database")
class PostgresDatabaseDeferralTrackingTest extends DeferralTrackingContract {
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
