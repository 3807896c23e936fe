package org.yici.engine.jar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
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
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yici.engine.jar.YiciJar.Run;

/**
 * The README's "Try it", run as written: the service from the packaged jar, a key from the command
 * line, the check with curl; the answer must be the one the README shows (but for its id, rules
 * version, timings and time). Then the deferral commands against the same running service.
 */
class ReadmeJarIT {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** The first fenced block of {@code language} after {@code heading} in the README. */
    static String block(String readme, String heading, String language) {
        int from = readme.indexOf(heading);
        assertThat(from).as("README has " + heading).isNotNegative();
        Matcher fence = Pattern.compile("```" + language + "\\n(.*?)\\n```", Pattern.DOTALL)
                .matcher(readme);
        assertThat(fence.find(from))
                .as("a ```" + language + " block after " + heading)
                .isTrue();
        return fence.group(1);
    }

    @Test
    void tryItAnswersWhatTheReadmeShows() throws Exception {
        String readme = Files.readString(YiciJar.repository().resolve("README.md"), StandardCharsets.UTF_8);
        String commands = block(readme, "## Try it", "bash");
        JsonNode shown = JSON.readTree(block(readme, "## Try it", "json"));
        assertThat(commands).contains("localhost:8080", "engine/target/yici.jar");

        int port = freePort();
        Map<String, String> env = Map.of("YICI_DATA_DIR", dir.resolve("data").toString());
        ProcessBuilder serve = new ProcessBuilder(
                        YiciJar.java(), "-jar", YiciJar.jar().toString(), "serve", "--server.port=" + port)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("service.log").toFile());
        serve.environment().putAll(env);
        serve.environment().remove("YICI_RULES_DIR");
        Process service = serve.start();
        try {
            awaitUp(port, service);
            // As written, from the repository root, but on this test's port.
            Run tryIt = YiciJar.exec(
                    YiciJar.repository(),
                    env,
                    null,
                    List.of(
                            "bash",
                            "-c",
                            "set -euo pipefail\n" + commands.replace("localhost:8080", "localhost:" + port)));
            assertThat(tryIt.exit()).as(tryIt.all()).isZero();
            String checkId = JSON.readTree(tryIt.out()).path("checkId").asText();
            assertThat(checkId).hasSize(26);
            // The check's own id (also in its notice's links) is the README's.
            JsonNode answer = JSON.readTree(
                    tryIt.out().replace(checkId, shown.path("checkId").asText()));
            assertThat(answer.path("rulesVersion").asText()).startsWith("sha256:");
            assertThat(withoutVolatile(answer)).isEqualTo(withoutVolatile(shown));

            deferralCommandsWorkAgainstTheRunningService(port, env);
        } finally {
            service.destroy();
            if (!service.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                service.destroyForcibly();
            }
        }
    }

    private void deferralCommandsWorkAgainstTheRunningService(int port, Map<String, String> env) throws Exception {
        Run key = YiciJar.run(dir, null, "keys", "create", "--role", "STAFF", "--role", "INTAKE", "--name", "it");
        String staffKey = key.out().lines().findFirst().orElseThrow();
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> created = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/checks"))
                        .header("Authorization", "Bearer " + staffKey)
                        .header("Content-Type", "application/json")
                        .POST(
                                HttpRequest.BodyPublishers.ofString(
                                        """
                                {"matter": "GTGSH-SL", "applicationDate": "2026-03-02", "commitments": ["DEFERRAL"],
                                 "applicant": {"type": "PERSON", "name": "王五", "idNumber": "110101199001010010"},
                                 "materials": [
                                   {"code": "GTGSH-SL-01", "form": "ORIGINAL", "copies": 1},
                                   {"code": "GTGSH-SL-02", "form": "COPY", "copies": 1}]}
                                """))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        JsonNode check = JSON.readTree(created.body());
        assertThat(check.path("decision").asText()).as(created.body()).isEqualTo("ACCEPTED_WITH_DEFERRAL");
        JsonNode deferrals = JSON.readTree(http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/deferrals?checkId="
                                        + check.path("checkId").asText()))
                                .header("X-API-Key", staffKey)
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .body());
        String id = deferrals.get(0).path("id").asText();

        Run open = YiciJar.run(dir, null, "deferrals", "--status", "OPEN");
        assertThat(open.exit()).as(open.all()).isZero();
        assertThat(open.out()).contains(id, "GTGSH-SL-03", "1 deferral(s)");
        Run supplied = YiciJar.run(dir, null, "deferrals", "supplement", id, "--form", "COPY", "--copies", "1");
        assertThat(supplied.exit()).as(supplied.all()).isZero();
        assertThat(supplied.out()).contains("补交合格，已办结：GTGSH-SL-03");
        assertThat(supplied.err()).doesNotContain("WARN", "org.drools");
    }

    /** The answer without what differs on every run. */
    static JsonNode withoutVolatile(JsonNode result) {
        ObjectNode copy = result.deepCopy();
        copy.remove(List.of("checkId", "rulesVersion", "timings", "checkedAt"));
        return copy;
    }

    static void awaitUp(int port, Process service) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            assertThat(service.isAlive()).as("the service is running").isTrue();
            try {
                // Any answer (503 while OCR is not ready counts) means the service listens.
                http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException notYet) {
                CompletableFuture.runAsync(
                                () -> {},
                                CompletableFuture.delayedExecutor(500, java.util.concurrent.TimeUnit.MILLISECONDS))
                        .join();
            }
        }
        throw new AssertionError("the service did not answer on port " + port + " within 3 minutes");
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
