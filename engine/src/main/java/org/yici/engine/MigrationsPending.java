package org.yici.engine;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternUtils;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Whether Flyway has anything to do for a command-line tool: true unless the database has applied,
 * successfully, exactly the migrations packaged in {@code db/migration} and Flyway runs with the
 * service's defaults. Loading and configuring Flyway takes longer than everything else a short
 * command does, so {@link DataContext} starts it only when this says so; when in doubt (a {@code
 * spring.flyway.*} setting, no URL, an unreadable history, a file that is not a plain versioned
 * SQL migration) the answer is true and Flyway migrates and validates exactly as the service does.
 * The one thing not looked at is the checksum of an edited migration: the service still reports it
 * when it starts.
 */
public class MigrationsPending implements Condition {
    /** Flyway's default location: where the service's migrations are. */
    static final String LOCATION = "classpath*:db/migration/**/*";

    private static final Pattern VERSIONED = Pattern.compile("V(\\d+(?:[._]\\d+)*)__[^/]+\\.sql");

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        var beanFactory = context.getBeanFactory();
        if (beanFactory != null && beanFactory.getSingleton(CHECKED) instanceof Checked checked) {
            return checked.pending(); // Spring asks once while parsing and once while registering
        }
        boolean pending = pending(context.getEnvironment(), context.getClassLoader(), beanFactory);
        if (beanFactory != null && !beanFactory.containsSingleton(CHECKED)) {
            beanFactory.registerSingleton(CHECKED, new Checked(pending));
        }
        return pending;
    }

    /** The answer, kept for the second question. */
    record Checked(boolean pending) {}

    private static final String CHECKED = MigrationsPending.class.getName() + ".checked";

    private static boolean pending(Environment environment, ClassLoader classLoader, Object beanFactory) {
        if (flywayConfigured(environment)) {
            return true;
        }
        Set<String> packaged = packagedVersions(classLoader);
        if (packaged.isEmpty()) {
            return true;
        }
        Connection connection;
        try {
            connection = dataSource(environment, classLoader).getConnection();
        } catch (SQLException | RuntimeException e) {
            return true; // no database yet, or one only the service's configuration can open: Flyway decides
        }
        // An embedded H2 database closes with its last connection; this one stays open until the
        // context closes, so the command opens the database once, not twice.
        if (beanFactory instanceof DefaultSingletonBeanRegistry registry) {
            registry.registerDisposableBean(CHECKED + ".connection", connection::close);
        } else {
            closeQuietly(connection);
        }
        return !current(packaged, connection);
    }

    /** True when the database's migration history is exactly the {@code packaged} migrations. */
    static boolean current(Set<String> packaged, Connection connection) {
        try {
            return packaged.equals(appliedVersions(connection));
        } catch (SQLException | RuntimeException e) {
            // No history table yet, a driver that does not like the query: Flyway decides.
            return false;
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // nothing was written on it
        }
    }

    /** The versions of the packaged migrations, or none if anything there is not a versioned SQL file. */
    static Set<String> packagedVersions(ClassLoader classLoader) {
        Set<String> versions = new HashSet<>();
        try {
            for (Resource resource : ResourcePatternUtils.getResourcePatternResolver(
                            new org.springframework.core.io.DefaultResourceLoader(classLoader))
                    .getResources(LOCATION)) {
                String name = resource.getFilename();
                if (name == null || name.isEmpty() || !resource.isReadable()) {
                    continue; // a folder
                }
                Matcher versioned = VERSIONED.matcher(name);
                if (!versioned.matches()) {
                    return Set.of();
                }
                versions.add(versioned.group(1).replace('_', '.'));
            }
        } catch (IOException e) {
            return Set.of();
        }
        return versions;
    }

    /**
     * The versions Flyway applied, or none if any entry failed or is not a versioned migration (a
     * baseline, a repeatable one).
     */
    static Set<String> appliedVersions(Connection connection) throws SQLException {
        Set<String> versions = new HashSet<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT \"version\", \"type\", \"success\" FROM \"flyway_schema_history\"")) {
            while (rows.next()) {
                String version = rows.getString(1);
                String type = rows.getString(2);
                if ("SCHEMA".equals(type) || "TABLE".equals(type)) {
                    continue; // the entries that say Flyway created the schema or the history table
                }
                if (!rows.getBoolean(3) || version == null || !"SQL".equals(type)) {
                    return Set.of();
                }
                versions.add(version);
            }
        }
        return versions;
    }

    /** Any {@code spring.flyway.*} setting: the service's Flyway must see it. */
    private static boolean flywayConfigured(Environment environment) {
        ConfigurationPropertyName flyway = ConfigurationPropertyName.of("spring.flyway");
        for (var source : ConfigurationPropertySources.get(environment)) {
            if (source instanceof IterableConfigurationPropertySource names
                    && names.stream().anyMatch(flyway::isAncestorOf)) {
                return true;
            }
        }
        return false;
    }

    /** The service's database ({@code spring.datasource.*}), one connection without a pool. */
    private static DataSource dataSource(Environment environment, ClassLoader classLoader) {
        DataSourceProperties properties = Binder.get(environment)
                .bind("spring.datasource", DataSourceProperties.class)
                .orElseGet(DataSourceProperties::new);
        properties.setBeanClassLoader(classLoader);
        if (properties.getUrl() == null) {
            throw new IllegalStateException("no spring.datasource.url");
        }
        return properties
                .initializeDataSourceBuilder()
                .type(SimpleDriverDataSource.class)
                .build();
    }
}
