package org.yici.engine.storage;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.yici.engine.PostgresSchema;

/** The database kind of the file store on a real PostgreSQL, in throw-away schemas. */
class PostgresDatabaseFileStoreTest extends DatabaseFileStoreContract {
    static final List<PostgresSchema> SCHEMAS = new ArrayList<>();

    @Override
    DataSource migratedDataSource() {
        PostgresSchema schema = new PostgresSchema();
        SCHEMAS.add(schema);
        DataSource dataSource = new DriverManagerDataSource(
                PostgresSchema.URL + "?currentSchema=" + schema.name, PostgresSchema.USER, "");
        migrate(dataSource, schema.name);
        return dataSource;
    }

    @AfterAll
    static void dropSchemas() {
        SCHEMAS.forEach(PostgresSchema::drop);
    }
}
