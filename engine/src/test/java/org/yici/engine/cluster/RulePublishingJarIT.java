package org.yici.engine.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yici.engine.CliTest;
import org.yici.engine.PostgresSchema;

/**
 * Two service processes on one PostgreSQL schema in database mode: a maintainer publishes a
 * changed requirement with {@code yici rules publish} (the packaged jar, a third process), and
 * both nodes answer checks with the new rules version and the new decision within 10 seconds; a
 * folder that does not compile is refused by the same command and changes nothing.
 */
class RulePublishingJarIT {
    static final ObjectMapper JSON = new ObjectMapper();
    /** The bound the issue sets for every node to serve a publication. */
    static final Duration FOLLOW_BOUND = Duration.ofSeconds(10);

    /** 容缺受理 today: GTGSH-SL-03 (premises) is not core, so it may be handed in later. */
    static final String DEFERRABLE_REQUEST =
            """
            {"matter": "GTGSH-SL", "applicationDate": "2026-03-02", "commitments": ["DEFERRAL"],
             "applicant": {"type": "PERSON", "name": "王五", "idNumber": "110101199001010010"},
             "materials": [
               {"code": "GTGSH-SL-01", "form": "ORIGINAL", "copies": 1},
               {"code": "GTGSH-SL-02", "form": "COPY", "copies": 1}]}
            """;

    final PostgresSchema schema = new PostgresSchema();
    final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    @AfterEach
    void dropSchema() {
        schema.drop();
    }

    @Test
    void aRuleChangePublishedWithTheCommandLineIsServedByBothNodesWithinTheBound() throws Exception {
        ServiceNode.jar();
        List<String> databaseMode = List.of("--yici.rules.source=database", "--yici.rules.poll-interval=1s");
        try (ServiceNode a = ServiceNode.start("a", schema, dir.resolve("a"), databaseMode);
                ServiceNode b = ServiceNode.start("b", schema, dir.resolve("b"), databaseMode)) {
            String key = a.cli("keys", "create", "--role", "INTAKE", "--role", "RULE_ADMIN", "--name", "it")
                    .out()
                    .lines()
                    .findFirst()
                    .orElseThrow();
            JsonNode before = check(a, key);
            assertThat(before.path("decision").asText()).as(before.toString()).isEqualTo("ACCEPTED_WITH_DEFERRAL");
            assertThat(check(b, key).path("rulesVersion").asText())
                    .as("both nodes start on the version the first one published")
                    .isEqualTo(before.path("rulesVersion").asText());

            Path changed = dir.resolve("rules-changed");
            CliTest.copyRules(repository().resolve("rules"), changed);
            makePremisesCore(changed.resolve("matters/GTGSH-SL/matter.yaml"));
            ServiceNode.CliRun publish = a.cli("rules", "publish", changed.toString(), "--by", "维护员张");
            assertThat(publish.exit()).as(publish.all()).isZero();
            assertThat(publish.out()).startsWith("published sha256:");
            String version = publish.out().split(" ")[1];
            assertThat(version).isNotEqualTo(before.path("rulesVersion").asText());

            for (ServiceNode node : List.of(a, b)) {
                await().atMost(FOLLOW_BOUND)
                        .pollInterval(Duration.ofMillis(200))
                        .untilAsserted(() -> {
                            JsonNode after = check(node, key);
                            assertThat(after.path("rulesVersion").asText()).isEqualTo(version);
                            assertThat(after.path("decision").asText()).isEqualTo("CORRECTION_REQUIRED");
                        });
                JsonNode rules = health(node, key).path("components").path("rules");
                assertThat(rules.path("status").asText()).as(node.name()).isEqualTo("UP");
                assertThat(rules.at("/details/version").asText()).isEqualTo(version);
                assertThat(rules.at("/details/published/version").asText()).isEqualTo(version);
                assertThat(rules.at("/details/published/by").asText()).isEqualTo("维护员张");
            }

            Path drl = changed.resolve("matters/GTGSH-SL/requirements.drl");
            String rules = Files.readString(drl, StandardCharsets.UTF_8);
            int brokenLine = (int) rules.lines().count() + 3;
            Files.writeString(
                    drl,
                    rules + "\nrule \"GTGSH-SL-99 broken\"\nwhen MatterCase( matter == ) then end\n",
                    StandardCharsets.UTF_8);
            ServiceNode.CliRun refused = b.cli("rules", "publish", changed.toString());
            assertThat(refused.exit()).as(refused.all()).isEqualTo(1);
            assertThat(refused.out()).contains("matters/GTGSH-SL/requirements.drl:" + brokenLine);
            assertThat(refused.err()).contains("not published");
            ServiceNode.CliRun history = b.cli("rules", "history");
            assertThat(history.out().lines().findFirst().orElseThrow()).contains(version, "维护员张");
        }
    }

    /** The changed requirement: the premises document becomes core (主要材料), so it cannot be deferred. */
    static void makePremisesCore(Path matterYaml) throws IOException {
        String yaml = Files.readString(matterYaml, StandardCharsets.UTF_8);
        int premises = yaml.indexOf("code: GTGSH-SL-03");
        int core = yaml.indexOf("core: false", premises);
        assertThat(premises).isPositive();
        assertThat(core).isGreaterThan(premises);
        Files.writeString(
                matterYaml,
                yaml.substring(0, core) + "core: true" + yaml.substring(core + "core: false".length()),
                StandardCharsets.UTF_8);
    }

    JsonNode check(ServiceNode node, String key) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(node.uri("/api/v1/checks"))
                        .header("Authorization", "Bearer " + key)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(DEFERRABLE_REQUEST))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body());
    }

    JsonNode health(ServiceNode node, String key) throws Exception {
        return JSON.readTree(http.send(
                        HttpRequest.newBuilder(node.uri("/actuator/health"))
                                .header("Authorization", "Bearer " + key)
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .body());
    }

    /** The repository's root (tests run in {@code engine/}). */
    static Path repository() {
        Path here = Path.of("").toAbsolutePath();
        return Files.isDirectory(here.resolve("rules")) ? here : here.getParent();
    }
}
