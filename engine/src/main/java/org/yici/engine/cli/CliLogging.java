package org.yici.engine.cli;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import java.net.URL;
import org.slf4j.LoggerFactory;

/**
 * Logging for a command run from the command line: to standard error, warnings only (none from
 * Drools) unless {@code --verbose}. Spring contexts the commands start keep it (they would
 * otherwise put Spring Boot's console logging back on standard output).
 */
public final class CliLogging {
    static final String CONFIG = "org/yici/engine/cli/logback-cli.xml";

    private CliLogging() {}

    public static void configure(boolean verbose) {
        System.setProperty("yici.cli.log-level", verbose ? "INFO" : "WARN");
        System.setProperty("yici.cli.drools-level", verbose ? "INFO" : "OFF");
        System.setProperty("logging.config", "classpath:" + CONFIG);
        // Configured here once: the Spring contexts commands start leave logging alone, and skip
        // warming up what a short command never uses (validation, message converters) on a thread.
        System.setProperty("org.springframework.boot.logging.LoggingSystem", "none");
        System.setProperty("spring.backgroundpreinitializer.ignore", "true");
        URL config = CliLogging.class.getClassLoader().getResource(CONFIG);
        if (config != null && LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.reset();
            JoranConfigurator configurator = new JoranConfigurator();
            configurator.setContext(context);
            try {
                configurator.doConfigure(config);
            } catch (JoranException e) {
                throw new IllegalStateException("cannot read " + CONFIG, e);
            }
        }
    }
}
