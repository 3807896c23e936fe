package org.yici.engine;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcClientAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;

/**
 * The service's records without its rules, web server, OCR, jobs or metrics: the context of the
 * command-line tools that only read and write the database ({@code keys}, {@code staff}, {@code
 * licences}, {@code dishonesty}, {@code deferrals}). Same configuration, same {@code YICI_DATA_DIR}
 * and migrations as the service; it starts in about a second instead of building the rule base.
 * Whatever needs rules (a supplement's re-check, a diff) uses {@link YiciApplication}.
 *
 * <p>Deliberately not a {@code @Configuration}: the service's component scan and the tests' search
 * for a {@code @SpringBootConfiguration} must not find it. It is a source only where named.
 */
@ImportAutoConfiguration({
    PropertyPlaceholderAutoConfiguration.class,
    ConfigurationPropertiesAutoConfiguration.class,
    JacksonAutoConfiguration.class,
    DataSourceAutoConfiguration.class,
    FlywayAutoConfiguration.class,
    JdbcTemplateAutoConfiguration.class,
    JdbcClientAutoConfiguration.class,
    DataSourceTransactionManagerAutoConfiguration.class,
    TransactionAutoConfiguration.class
})
@ConfigurationPropertiesScan
@Import(ClockConfiguration.class)
@ComponentScan(
        useDefaultFilters = false,
        includeFilters =
                @ComponentScan.Filter(
                        type = FilterType.REGEX,
                        pattern = {
                            "org\\.yici\\.engine\\.apikey\\.(ApiKeys|ApiKeyBootstrap)",
                            "org\\.yici\\.engine\\.window\\.(StaffUsers|WindowSecurity)",
                            "org\\.yici\\.engine\\.licence\\.LicenceConfiguration",
                            "org\\.yici\\.engine\\.dishonesty\\.DishonestyList",
                            "org\\.yici\\.engine\\.deferral\\.(DeferralService|DeferralRepository)",
                            "org\\.yici\\.engine\\.audit\\.AuditTrail",
                            "org\\.yici\\.engine\\.storage\\.(CheckFiles|FileStore)"
                        }))
public class DataContext {}
