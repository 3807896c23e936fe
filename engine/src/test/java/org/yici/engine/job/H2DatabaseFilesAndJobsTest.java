package org.yici.engine.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** Stored files and asynchronous checks on H2 with the files in the database. */
@TestPropertySource(properties = "yici.storage.kind=database")
class H2DatabaseFilesAndJobsTest extends FilesAndJobsContract {
    @Test
    void theFilesAreInTheDatabaseNotTheFolder() {
        assertThat(store.describe()).contains("database");
        assertThat(dataDir.resolve("files")).doesNotExist();
    }
}
