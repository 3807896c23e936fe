package org.yici.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.yici.engine.apikey.ApiKeys;
import org.yici.engine.apikey.ApiRole;

/**
 * The command-line tools' context ({@link DataContext}) on a real H2 folder: the first command
 * migrates with the service's Flyway, later ones skip Flyway while the database is at the packaged
 * migrations, and anything else (a Flyway setting, a failed migration) goes to Flyway as in the
 * service.
 */
class DataContextTest {
    @TempDir
    Path dir;

    private ConfigurableApplicationContext start(String... args) {
        String[] all = Stream.concat(Stream.of("--yici.data-dir=" + dir), Stream.of(args))
                .toArray(String[]::new);
        return new SpringApplicationBuilder(DataContext.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .lazyInitialization(true)
                .run(all);
    }

    private static boolean startedFlyway(ConfigurableApplicationContext context) {
        return context.getBeanProvider(Flyway.class).getIfAvailable() != null;
    }

    @Test
    void theFirstCommandMigratesAndTheNextOnesFindTheSchemaCurrent() {
        try (var first = start()) {
            assertThat(startedFlyway(first)).as("an empty folder is migrated").isTrue();
            first.getBean(ApiKeys.class).create("first", EnumSet.of(ApiRole.INTAKE));
        }
        try (var next = start()) {
            assertThat(startedFlyway(next)).as("nothing to migrate").isFalse();
            assertThat(next.getBean(ApiKeys.class).list())
                    .extracting(ApiKeys.ApiKey::name)
                    .contains("first");
        }
    }

    @Test
    void aFlywaySettingIsLeftToTheServicesFlyway() {
        start().close();
        try (var context = start("--spring.flyway.validate-on-migrate=true")) {
            assertThat(startedFlyway(context)).isTrue();
        }
    }

    @Test
    void aFailedMigrationInTheHistoryIsReportedByFlywayAsInTheService() {
        try (var context = start()) {
            context.getBean(JdbcClient.class)
                    .sql(
                            "UPDATE \"flyway_schema_history\" SET \"success\" = FALSE"
                                    + " WHERE \"installed_rank\" = (SELECT MAX(\"installed_rank\") FROM \"flyway_schema_history\")")
                    .update();
        }
        assertThatThrownBy(this::start).hasStackTraceContaining("failed migration");
    }

    @Test
    void thePackagedMigrationsAreTheOnesFlywayFinds() {
        Set<String> flyway = Stream.of(Flyway.configure()
                        .dataSource("jdbc:h2:mem:migrations", "sa", "")
                        .load()
                        .info()
                        .all())
                .map(MigrationInfo::getVersion)
                .map(Object::toString)
                .collect(Collectors.toSet());
        assertThat(MigrationsPending.packagedVersions(getClass().getClassLoader()))
                .isNotEmpty()
                .isEqualTo(flyway);
    }
}
