package org.yici.engine.rulebase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.yici.engine.CliTest;
import org.yici.engine.OwnDataFolder;
import org.yici.engine.YiciProperties;
import org.yici.engine.rulebase.RuleStore.Publication;
import org.yici.rules.build.RuleSource;

/**
 * A node in database mode ({@code yici.rules.source=database}): the first start publishes its own
 * rules, a publication goes live within the poll interval, the reload endpoint publishes with who
 * did it, a set that does not compile is refused, a published version that does not compile here
 * leaves the previous one serving (health STALE), and a restarted node finds an earlier version for
 * a re-check in the database; stored files altered after publishing are not served. Run on H2 and on PostgreSQL.
 */
@OwnDataFolder
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class PublishedRulesContract {
    /** The bound the issue sets for every node to serve a publication. */
    static final Duration FOLLOW_BOUND = Duration.ofSeconds(10);

    @TempDir
    static Path rulesDir;

    @DynamicPropertySource
    static void databaseMode(DynamicPropertyRegistry registry) throws Exception {
        CliTest.copyRules(Path.of("../rules"), rulesDir);
        registry.add("yici.rules-dir", () -> rulesDir.toString());
        registry.add("yici.rules.source", () -> "database");
        registry.add("yici.rules.poll-interval", () -> "500ms");
    }

    static final String MATTER = TestMatter.yaml("TEST-FB", "测试发布");

    static final String DRL = TestMatter.drl("TEST-FB");

    static final String BROKEN_DRL = DRL.replace("MatterCase( matter == \"TEST-FB\" )", "MatterCase( matter == )");

    static final String REQUEST =
            """
            {"matter": "TEST-FB", "applicationDate": "2026-03-02",
             "applicant": {"type": "PERSON", "name": "张三", "idNumber": "11010519491231002X"}, "materials": []}
            """;

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Autowired
    LiveRuleBook rules;

    @Autowired
    RuleStore store;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    YiciProperties properties;

    @Autowired
    Clock clock;

    @Test
    @Order(1)
    void aFreshDatabaseGetsTheNodesOwnRulesAsTheFirstPublishedVersion() throws Exception {
        List<Publication> history = store.history(10);
        assertThat(history).hasSize(1);
        assertThat(history.get(0).version())
                .isEqualTo(RuleSource.directory(rulesDir).version())
                .isEqualTo(rules.book().version());
        assertThat(history.get(0).publishedBy()).startsWith("yici (first start");

        JsonNode health = rulesHealth();
        assertThat(health.path("status").asText()).isEqualTo("UP");
        assertThat(health.at("/details/source").asText()).isEqualTo("database");
        assertThat(health.at("/details/published/version").asText())
                .isEqualTo(rules.book().version());
        assertThat(health.at("/details/version").asText())
                .isEqualTo(rules.book().version());
    }

    @Test
    @Order(2)
    void aPublishedRuleSetIsStoredByContentAndReadBackAsTheSameVersion() {
        RuleSource source = withTestMatter(RuleSource.directory(rulesDir), DRL);
        long filesBefore = storedFiles();

        Publication published = store.publish(source, "another node");

        assertThat(published.version()).isEqualTo(source.version());
        assertThat(storedFiles() - filesBefore)
                .as("only the two new files are stored")
                .isEqualTo(2);
        RuleSource readBack = store.load(published.version()).orElseThrow();
        assertThat(readBack.version()).isEqualTo(source.version());
        assertThat(readBack.files().keySet()).isEqualTo(source.files().keySet());
        source.files()
                .forEach((path, bytes) ->
                        assertThat(readBack.files().get(path)).as(path).isEqualTo(bytes));
        assertThat(store.load("sha256:" + "0".repeat(64))).isEmpty();
    }

    @Test
    @Order(3)
    void aVersionPublishedElsewhereGoesLiveHereWithinTheBound() throws Exception {
        String published = store.latest().orElseThrow().version();

        await().atMost(FOLLOW_BOUND).until(() -> rules.book().version().equals(published));

        JsonNode result = check();
        assertThat(result.path("rulesVersion").asText()).isEqualTo(published);
        assertThat(result.path("findings").findValuesAsText("material")).contains("TEST-FB-01");
        JsonNode health = rulesHealth();
        assertThat(health.at("/details/published/by").asText()).isEqualTo("another node");
        assertThat(health.at("/details/liveVersionPublishedBy").asText()).isEqualTo("another node");
    }

    @Test
    @Order(4)
    void theReloadEndpointPublishesTheNodesFolderWithWhoPublishedIt() throws Exception {
        write("matters/TEST-FB/matter.yaml", MATTER.replace("申请人签字", "申请人签字并注明日期"));
        write("matters/TEST-FB/requirements.drl", DRL);

        ResponseEntity<String> reload = post("/api/v1/admin/rules/reload", "");

        assertThat(reload.getStatusCode()).as(reload.getBody()).isEqualTo(HttpStatus.OK);
        String version = RuleSource.directory(rulesDir).version();
        JsonNode report = json.readTree(reload.getBody());
        assertThat(report.path("version").asText()).isEqualTo(version);
        assertThat(report.at("/published/publishedBy").asText()).isEqualTo("key:test-suite");
        Publication latest = store.latest().orElseThrow();
        assertThat(latest.version()).isEqualTo(version);
        assertThat(latest.publishedBy()).isEqualTo("key:test-suite");
        JsonNode result = check();
        assertThat(result.path("rulesVersion").asText()).isEqualTo(version);
        assertThat(result.path("findings").get(0).path("message").asText()).contains("并注明日期");
        assertThat(rulesHealth().at("/details/published/by").asText()).isEqualTo("key:test-suite");
    }

    @Test
    @Order(5)
    void aSetThatDoesNotCompileIsRefusedWithFileAndLineAndNothingIsPublished() throws Exception {
        String live = rules.book().version();
        List<Publication> before = store.history(100);
        write("matters/TEST-FB/requirements.drl", BROKEN_DRL);
        try {
            ResponseEntity<String> reload = post("/api/v1/admin/rules/reload", "");

            assertThat(reload.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
            assertThat(reload.getBody())
                    .contains("matters/TEST-FB/requirements.drl")
                    .contains("\"line\":7");
            assertThat(store.history(100)).isEqualTo(before);
            assertThat(rules.book().version()).isEqualTo(live);
            assertThat(check().path("rulesVersion").asText()).isEqualTo(live);
        } finally {
            write("matters/TEST-FB/requirements.drl", DRL);
        }
    }

    @Test
    @Order(6)
    void aPublishedVersionThatDoesNotCompileHereLeavesThePreviousOneServingAndHealthSaysSo() throws Exception {
        RuleSource serving = store.load(rules.book().version()).orElseThrow();
        // Stored without compiling, as a node of another build might have accepted it.
        Publication broken = store.publish(withTestMatter(serving, BROKEN_DRL), "a node of another build");

        await().atMost(FOLLOW_BOUND)
                .until(() -> rulesHealth().path("status").asText().equals("STALE"));
        JsonNode health = rulesHealth();
        assertThat(health.at("/details/refusedVersion").asText()).isEqualTo(broken.version());
        assertThat(health.at("/details/published/version").asText()).isEqualTo(broken.version());
        assertThat(health.at("/details/version").asText()).isEqualTo(serving.version());
        assertThat(health.at("/details/problems").toString()).contains("matters/TEST-FB/requirements.drl:7");
        ResponseEntity<String> overall = http.getForEntity("/actuator/health", String.class);
        assertThat(overall.getStatusCode()).as("a STALE node still serves").isEqualTo(HttpStatus.OK);
        assertThat(check().path("rulesVersion").asText()).isEqualTo(serving.version());

        store.publish(serving, "rollback");

        await().atMost(FOLLOW_BOUND)
                .until(() -> rulesHealth().path("status").asText().equals("UP"));
        assertThat(rulesHealth().at("/details/refusedVersion").isMissingNode()).isTrue();
        assertThat(rulesHealth().at("/details/lastReloadFailed").isMissingNode())
                .isTrue();
        assertThat(rulesHealth().at("/details/published/by").asText()).isEqualTo("rollback");
    }

    @Test
    @Order(7)
    void aRestartedNodeFindsAnEarlierVersionForAReCheckInTheDatabase() {
        List<Publication> history = store.history(100);
        String first = history.get(history.size() - 1).version();
        String newest = history.get(0).version();
        LiveRuleBook restarted = new LiveRuleBook(properties, clock, new SimpleMeterRegistry(), store, "database");
        try {
            assertThat(restarted.book().version()).isEqualTo(newest);
            var earlier = restarted.checkerFor(first).orElseThrow();
            assertThat(earlier.ruleBook().version()).isEqualTo(first);
            assertThat(earlier.ruleBook().matters()).doesNotContainKey("TEST-FB");
            assertThat(restarted.checkerFor("sha256:" + "0".repeat(64))).isEmpty();
        } finally {
            restarted.destroy();
        }
    }

    @Test
    @Order(8)
    void aPublishedVersionWhoseStoredFilesWereAlteredIsNotServed() throws Exception {
        String serving = rules.book().version();
        String matter = MATTER.replace("申请人签字", "申请人签字（仅此版本）");
        RuleSource source =
                withTestMatter(store.load(serving).orElseThrow(), DRL).with("matters/TEST-FB/matter.yaml", matter);
        // The row for that file's hash holds other bytes (altered, or damaged) before the version
        // is published: publishing finds the hash stored and does not write it again.
        jdbc.sql("INSERT INTO rule_file (sha256, content) VALUES (:h, :c)")
                .param(
                        "h",
                        HexFormat.of()
                                .formatHex(MessageDigest.getInstance("SHA-256")
                                        .digest(matter.getBytes(StandardCharsets.UTF_8))))
                .param("c", "code: TEST-FB\n".getBytes(StandardCharsets.UTF_8))
                .update();
        Publication altered = store.publish(source, "tester");

        await().atMost(FOLLOW_BOUND)
                .until(() -> rulesHealth().path("status").asText().equals("STALE"));
        JsonNode health = rulesHealth();
        assertThat(health.at("/details/refusedVersion").asText()).isEqualTo(altered.version());
        assertThat(health.at("/details/problems").toString()).contains("(database)", "hash to");
        assertThat(rules.book().version()).isEqualTo(serving);
    }

    static RuleSource withTestMatter(RuleSource source, String drl) {
        return source.with("matters/TEST-FB/matter.yaml", MATTER).with("matters/TEST-FB/requirements.drl", drl);
    }

    private long storedFiles() {
        return jdbc.sql("SELECT COUNT(*) FROM rule_file").query(Long.class).single();
    }

    private JsonNode check() throws Exception {
        return json.readTree(post("/api/v1/checks", REQUEST).getBody());
    }

    private JsonNode rulesHealth() throws Exception {
        return json.readTree(http.getForObject("/actuator/health", String.class))
                .path("components")
                .path("rules");
    }

    private ResponseEntity<String> post(String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.postForEntity(path, new HttpEntity<>(body, headers), String.class);
    }

    private static void write(String path, String text) throws Exception {
        Path file = rulesDir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
