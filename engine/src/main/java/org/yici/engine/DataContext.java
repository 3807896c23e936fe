package org.yici.engine;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.ImportSelector;
import org.springframework.context.support.PropertySourcesPlaceholderConfigurer;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.annotation.EnableTransactionManagement;
import org.springframework.util.StringUtils;
import org.yici.engine.apikey.ApiKeyProperties;
import org.yici.engine.licence.LicenceProperties;
import org.yici.engine.window.WindowProperties;

/**
 * The service's records without its rules, web server, OCR, jobs or metrics: the context of the
 * command-line tools that only read and write the database ({@code keys}, {@code staff}, {@code
 * licences}, {@code dishonesty}, {@code deferrals}, {@code rules publish}). Same configuration ({@code spring.datasource.*},
 * {@code YICI_DATA_DIR}, the {@code yici.*} settings these parts read) and the same migrations as
 * the service. Whatever needs rules (a supplement's re-check, a diff) uses {@link YiciApplication}.
 *
 * <p>A short command pays for every class it loads and every configuration class Spring parses,
 * so the parts are named here rather than found by scanning, and the few infrastructure beans are
 * declared here as the service's auto-configuration declares them rather than imported with its
 * conditions. Flyway, the slowest of them, starts only when {@link MigrationsPending} says the
 * database is not at the packaged migrations (a new data folder, a new version); then it migrates
 * and validates exactly as in the service (docs/benchmarks/cli.md has the numbers).
 *
 * <p>Deliberately not a {@code @Configuration}: the service's component scan and the tests' search
 * for a {@code @SpringBootConfiguration} must not find it. It is a source only where named.
 */
@EnableConfigurationProperties({
    DataSourceProperties.class,
    YiciProperties.class,
    ApiKeyProperties.class,
    WindowProperties.class,
    LicenceProperties.class
})
@EnableTransactionManagement(proxyTargetClass = true)
@Import({ClockConfiguration.class, DataContext.Parts.class, DataContext.Migrations.class})
public class DataContext {

    /** {@code @Value("${...}")} in the parts (the storage folder). */
    @Bean
    static PropertySourcesPlaceholderConfigurer propertySourcesPlaceholderConfigurer() {
        return new PropertySourcesPlaceholderConfigurer();
    }

    /** As the service's pool: {@code spring.datasource.*} and {@code spring.datasource.hikari.*}. */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(DataSourceProperties properties) {
        HikariDataSource dataSource = properties
                .initializeDataSourceBuilder()
                .type(HikariDataSource.class)
                .build();
        if (StringUtils.hasText(properties.getName())) {
            dataSource.setPoolName(properties.getName());
        }
        return dataSource;
    }

    @Bean
    @DependsOnDatabaseInitialization
    NamedParameterJdbcTemplate namedParameterJdbcTemplate(DataSource dataSource) {
        return new NamedParameterJdbcTemplate(dataSource);
    }

    @Bean
    @DependsOnDatabaseInitialization
    JdbcClient jdbcClient(NamedParameterJdbcTemplate jdbc) {
        return JdbcClient.create(jdbc);
    }

    @Bean
    JdbcTransactionManager transactionManager(DataSource dataSource) {
        return new JdbcTransactionManager(dataSource);
    }

    /**
     * The parts the commands use and what they need. By name: some are package-private, and a
     * name costs nothing where a scan reads every class of the service.
     */
    static class Parts implements ImportSelector {
        @Override
        public String[] selectImports(AnnotationMetadata metadata) {
            return new String[] {
                "org.yici.engine.apikey.ApiKeys",
                "org.yici.engine.apikey.ApiKeyBootstrap",
                "org.yici.engine.window.StaffUsers",
                "org.yici.engine.window.StaffBootstrap",
                "org.yici.engine.window.WindowSecurity",
                "org.yici.engine.licence.LicenceConfiguration",
                "org.yici.engine.dishonesty.DishonestyList",
                "org.yici.engine.deferral.DeferralService",
                "org.yici.engine.deferral.DeferralRepository",
                "org.yici.engine.audit.AuditTrail",
                "org.yici.engine.storage.CheckFiles",
                "org.yici.engine.storage.FileStoreConfiguration",
                "org.yici.engine.rulebase.RuleStore"
            };
        }
    }

    /** The service's Flyway, when there is something to migrate (or to doubt). */
    @Conditional(MigrationsPending.class)
    @ImportAutoConfiguration(FlywayAutoConfiguration.class)
    static class Migrations {}
}
