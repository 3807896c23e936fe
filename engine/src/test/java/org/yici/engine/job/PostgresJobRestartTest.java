package org.yici.engine.job;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.yici.engine.PostgresSchema;

/** Jobs across a restart, and concurrent claims, on a real PostgreSQL in a schema of their own. */
class PostgresJobRestartTest extends JobRestartContract {
    static final PostgresSchema SCHEMA = new PostgresSchema();

    @Override
    List<String> database(Path dataDir) {
        return List.of(
                "--spring.datasource.url=" + PostgresSchema.URL + "?currentSchema=" + SCHEMA.name,
                "--spring.datasource.username=" + PostgresSchema.USER,
                "--spring.datasource.password=",
                "--spring.flyway.schemas=" + SCHEMA.name,
                "--spring.flyway.create-schemas=true");
    }

    @AfterAll
    static void dropSchema() {
        SCHEMA.drop();
    }
}
