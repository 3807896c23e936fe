package org.yici.engine.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.layout.TTLLLayout;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import java.nio.charset.StandardCharsets;
import org.slf4j.LoggerFactory;

/**
 * Logging for a command run from the command line: to standard error only, so that standard output
 * carries results alone; warnings only (none from Drools, whose build log repeats what {@code
 * verify} reports with file and line) unless {@code --verbose}. Set up in code rather than from an
 * XML file: a short command should not pay for an XML parser. Spring contexts the commands start
 * leave it as it is (they would otherwise put Spring Boot's console logging on standard output).
 */
public final class CliLogging {
    private CliLogging() {}

    public static void configure(boolean verbose) {
        System.setProperty("org.springframework.boot.logging.LoggingSystem", "none");
        // A short command never uses what Spring Boot would warm up on a thread of its own.
        System.setProperty("spring.backgroundpreinitializer.ignore", "true");
        System.setProperty("yici.cli.log-level", verbose ? "INFO" : "WARN");
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        context.reset();
        // Time, thread, level, logger, message: logback's fixed TTLL layout, which needs none of
        // the pattern parser and converters a pattern would load for a command that logs nothing.
        TTLLLayout layout = new TTLLLayout();
        layout.setContext(context);
        layout.start();
        LayoutWrappingEncoder<ch.qos.logback.classic.spi.ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.setLayout(layout);
        encoder.start();
        ConsoleAppender<ch.qos.logback.classic.spi.ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.addAppender(stderr);
        root.setLevel(verbose ? Level.INFO : Level.WARN);
        Level drools = verbose ? Level.INFO : Level.OFF;
        context.getLogger("org.drools").setLevel(drools);
        context.getLogger("org.kie").setLevel(drools);
    }
}
