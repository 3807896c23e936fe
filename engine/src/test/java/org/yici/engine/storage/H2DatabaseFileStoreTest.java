package org.yici.engine.storage;

import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The database kind of the file store on H2 (in memory, migrated like the service's file). */
class H2DatabaseFileStoreTest extends DatabaseFileStoreContract {
    @Override
    DataSource migratedDataSource() {
        DataSource dataSource =
                new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        migrate(dataSource, null);
        return dataSource;
    }
}
