package org.yici.engine.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.file.Path;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.yici.engine.DataContext;
import org.yici.engine.YiciApplication;
import org.yici.rules.build.RuleBook;
import org.yici.rules.build.RuleSource;

/** What the CLI commands share: the rules they run on and how they print JSON. */
final class Cli {
    private Cli() {}

    /** How the commands read and print JSON. */
    static ObjectMapper json() {
        return Json.MAPPER;
    }

    /** Built on first use: commands that print no JSON should not wait for Jackson. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL)
                .enable(SerializationFeature.INDENT_OUTPUT);
    }

    /** The rules in {@code dir}, else in {@code YICI_RULES_DIR}, else the packaged ones. */
    static RuleSource rules(Path dir) {
        if (dir != null) {
            return RuleSource.directory(dir);
        }
        String env = System.getenv("YICI_RULES_DIR");
        return env == null || env.isBlank() ? RuleSource.classpath() : RuleSource.directory(Path.of(env));
    }

    /**
     * The service's context without its web server, for commands that use the database (the same
     * {@code YICI_DATA_DIR} as the service). The caller closes it.
     */
    static ConfigurableApplicationContext springContext() {
        return context(YiciApplication.class, false);
    }

    /**
     * The database without the rules ({@link DataContext}), for commands that only read and write
     * records: they start without building the rule base. The caller closes it.
     */
    static ConfigurableApplicationContext dataContext() {
        // Lazy: a command builds the parts it asks for (and the start-up bootstraps), not the rest.
        return context(DataContext.class, true);
    }

    private static ConfigurableApplicationContext context(Class<?> configuration, boolean lazy) {
        return new SpringApplicationBuilder(configuration)
                .web(WebApplicationType.NONE)
                .lazyInitialization(lazy)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                // The command line's logging (CliLogging) decides the level when it was set up.
                .run("--logging.level.root=" + System.getProperty("yici.cli.log-level", "WARN"));
    }

    static RuleBook book(Path dir) {
        return RuleBook.build(rules(dir));
    }
}
