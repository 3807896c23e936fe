package org.yici.engine.jar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The packaged {@code yici.jar} (system property {@code yici.jar}, set by the {@code jar-it}
 * execution after {@code package}) run as a child process, the way a user runs it: its standard
 * output, standard error and exit code as the terminal would see them.
 */
final class YiciJar {
    private YiciJar() {}

    record Run(int exit, String out, String err) {
        /** Everything, for assertion messages. */
        String all() {
            return "exit " + exit + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    /**
     * The jar under test. Only the {@code jar-it} execution (after {@code package}) names it; when
     * {@code -Dtest=…JarIT} also selects these classes for the unit-test execution, before the jar
     * is built, they are skipped there rather than run on a stale jar.
     */
    static Path jar() {
        String jar = System.getProperty("yici.jar");
        org.junit.jupiter.api.Assumptions.assumeTrue(
                jar != null && !jar.isBlank(), "run by the jar-it execution of mvn verify (after package)");
        Path path = Path.of(jar).toAbsolutePath();
        assertThat(path).isRegularFile();
        return path;
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** {@code java -jar yici.jar args…} in {@code dir}, with {@code YICI_DATA_DIR} set to dir/data. */
    static Run run(Path dir, String stdin, String... args) {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", jar().toString()));
        command.addAll(List.of(args));
        return exec(dir, Map.of("YICI_DATA_DIR", dir.resolve("data").toString()), stdin, command);
    }

    static Run exec(Path dir, Map<String, String> env, String stdin, List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().putAll(env);
        builder.environment().remove("YICI_RULES_DIR");
        try {
            Process process = builder.start();
            CompletableFuture<String> out = drain(process.getInputStream());
            CompletableFuture<String> err = drain(process.getErrorStream());
            try (var in = process.getOutputStream()) {
                if (stdin != null) {
                    in.write(stdin.getBytes(StandardCharsets.UTF_8));
                }
            }
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("still running after 5 minutes: " + command);
            }
            return new Run(process.exitValue(), out.join(), err.join());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static CompletableFuture<String> drain(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try (stream) {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The repository's root (tests run in {@code engine/}). */
    static Path repository() {
        Path here = Path.of("").toAbsolutePath();
        return Files.isDirectory(here.resolve("rules")) ? here : here.getParent();
    }
}
