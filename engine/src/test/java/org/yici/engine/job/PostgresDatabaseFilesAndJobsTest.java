package org.yici.engine.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.yici.engine.PostgresSchema;

/**
 * Stored files and asynchronous checks on a real PostgreSQL with the files in the database (what
 * several nodes share), in a schema of its own.
 */
@TestPropertySource(properties = "yici.storage.kind=database")
class PostgresDatabaseFilesAndJobsTest extends FilesAndJobsContract {
    static final PostgresSchema SCHEMA = new PostgresSchema();

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        SCHEMA.register(registry);
    }

    @AfterAll
    static void dropSchema() {
        SCHEMA.drop();
    }

    @Test
    void theFilesAreInTheDatabaseNotTheFolder() {
        assertThat(store.describe()).contains("database");
        assertThat(dataDir.resolve("files")).doesNotExist();
    }
}
