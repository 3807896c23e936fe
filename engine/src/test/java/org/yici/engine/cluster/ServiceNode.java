package org.yici.engine.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Assumptions;
import org.yici.engine.PostgresSchema;

/**
 * One Yici service process started from the packaged jar (system property {@code yici.jar}, set
 * by the {@code jar-it} execution after {@code package}) on a shared PostgreSQL schema, its own
 * data directory and a free port; for tests that run more than one node. Its console goes to
 * {@code <dataDir>/service.log} (read it in assertion messages with {@link #log()}).
 *
 * <p>{@link #kill()} is SIGKILL ({@link Process#destroyForcibly()}): nothing of the process runs
 * after it, as when a machine loses power. {@link #close()} stops it gracefully (SIGTERM) and
 * kills it if it has not stopped within 30 seconds, so a test can use the node in
 * try-with-resources.
 */
public final class ServiceNode implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private final String name;
    private final Path dataDir;
    private final int port;
    private final Map<String, String> database;
    private final Process process;

    private ServiceNode(String name, Path dataDir, int port, Map<String, String> database, Process process) {
        this.name = name;
        this.dataDir = dataDir;
        this.port = port;
        this.database = database;
        this.process = process;
    }

    /**
     * Starts {@code java -jar yici.jar serve} on {@code schema} (PostgreSQL, created by Flyway if
     * missing; drop it with {@link PostgresSchema#drop()}) with {@code YICI_DATA_DIR=dataDir}, then waits until {@code /actuator/health} is UP.
     *
     * @param name shown in log file names and messages ("a", "b")
     * @param extraArguments further Spring Boot arguments, e.g. {@code --yici.storage.kind=database}
     */
    public static ServiceNode start(String name, PostgresSchema schema, Path dataDir, List<String> extraArguments) {
        return start(name, schema, dataDir, extraArguments, Map.of());
    }

    /** As {@link #start(String, PostgresSchema, Path, List)}, with extra environment variables. */
    public static ServiceNode start(
            String name,
            PostgresSchema schema,
            Path dataDir,
            List<String> extraArguments,
            Map<String, String> extraEnvironment) {
        int port = freePort();
        Map<String, String> database = databaseEnvironment(schema);
        List<String> command = new ArrayList<>(List.of(java(), "-jar", jar().toString(), "serve"));
        command.add("--server.port=" + port);
        command.addAll(extraArguments);
        try {
            Files.createDirectories(dataDir);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(dataDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(dataDir.resolve("service.log").toFile());
            builder.environment().putAll(environment(dataDir, database, extraEnvironment));
            builder.environment().remove("YICI_RULES_DIR");
            ServiceNode node = new ServiceNode(name, dataDir, port, database, builder.start());
            try {
                node.awaitHealthy();
            } catch (RuntimeException | AssertionError e) {
                node.kill();
                throw e;
            }
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start node " + name, e);
        }
    }

    /** {@code http://localhost:<port>}, without a trailing slash. */
    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public URI uri(String pathAndQuery) {
        return URI.create(baseUrl() + pathAndQuery);
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    /** SIGKILL, then waits until the process is gone. */
    public void kill() {
        process.destroyForcibly();
        awaitExit(Duration.ofSeconds(30));
    }

    /** SIGTERM (Spring Boot shuts down gracefully); SIGKILL if it is still running after 30 s. */
    public void stop() {
        process.destroy();
        if (!awaitExit(Duration.ofSeconds(30))) {
            kill();
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            stop();
        }
    }

    /** The process's console so far (standard output and error), for assertion messages. */
    public String log() {
        try {
            return Files.readString(dataDir.resolve("service.log"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /**
     * Runs a command-line command of the same jar ({@code keys create …}, {@code rules …}) on this
     * node's database and data directory, and answers its exit code and output (stdout then stderr).
     */
    public CliRun cli(String... arguments) {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", jar().toString()));
        command.addAll(List.of(arguments));
        try {
            Path out = Files.createTempFile(dataDir, "cli", ".out");
            Path err = Files.createTempFile(dataDir, "cli", ".err");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(dataDir.toFile())
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .redirectInput(
                            ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
            builder.environment().putAll(environment(dataDir, database, Map.of()));
            builder.environment().remove("YICI_RULES_DIR");
            Process cli = builder.start();
            if (!cli.waitFor(5, TimeUnit.MINUTES)) {
                cli.destroyForcibly();
                throw new AssertionError("still running after 5 minutes: " + command);
            }
            return new CliRun(
                    cli.exitValue(),
                    Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** A finished command-line command. */
    public record CliRun(int exit, String out, String err) {
        public String all() {
            return "exit " + exit + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    /**
     * The packaged jar. Only the {@code jar-it} execution names it; a run of these classes by the
     * unit-test execution (before the jar is built) is skipped rather than run on a stale jar.
     */
    public static Path jar() {
        String jar = System.getProperty("yici.jar");
        Assumptions.assumeTrue(
                jar != null && !jar.isBlank(), "run by the jar-it execution of mvn verify (after package)");
        Path path = Path.of(jar).toAbsolutePath();
        if (!Files.isRegularFile(path)) {
            throw new AssertionError("no packaged jar at " + path);
        }
        return path;
    }

    /**
     * The environment that puts a process on {@code schema} (environment rather than arguments:
     * command-line commands take their own options, and Spring Boot reads both from here).
     */
    public static Map<String, String> databaseEnvironment(PostgresSchema schema) {
        return Map.of(
                "SPRING_DATASOURCE_URL",
                PostgresSchema.URL + "?currentSchema=" + schema.name,
                "SPRING_DATASOURCE_USERNAME",
                PostgresSchema.USER,
                "SPRING_DATASOURCE_PASSWORD",
                "",
                "SPRING_FLYWAY_SCHEMAS",
                schema.name,
                "SPRING_FLYWAY_CREATE_SCHEMAS",
                "true");
    }

    private static Map<String, String> environment(
            Path dataDir, Map<String, String> database, Map<String, String> extra) {
        Map<String, String> env = new LinkedHashMap<>(database);
        env.put("YICI_DATA_DIR", dataDir.toString());
        env.put("OMP_THREAD_LIMIT", "1");
        env.putAll(extra);
        return env;
    }

    private void awaitHealthy() {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        String last = "no answer";
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("node " + name + " exited with " + process.exitValue() + ":\n" + log());
            }
            try {
                HttpResponse<String> health = http.send(
                        HttpRequest.newBuilder(uri("/actuator/health"))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                    return;
                }
                last = health.statusCode() + " " + health.body();
            } catch (IOException notYet) {
                last = notYet.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
        }
        throw new AssertionError(
                "node " + name + " not healthy within " + START_TIMEOUT + " (last: " + last + "):\n" + log());
    }

    private boolean awaitExit(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
