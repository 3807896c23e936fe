package org.yici.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.yici.engine.rulebase.LiveRuleBook;
import org.yici.engine.rulebase.TestMatter;
import org.yici.rules.check.CheckOutcome;
import org.yici.rules.check.CheckRequest;
import org.yici.rules.check.Checker;

/**
 * A rule maintainer's day on a live service: a new matter goes live by adding its folder, a broken
 * change leaves the old rules serving, a saved file is picked up by the watch, and a dry run shows
 * which recorded checks a change would alter.
 */
@OwnDataFolder
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RulesReloadTest {
    @TempDir
    static Path rulesDir;

    @Value("${yici.data-dir}")
    Path dataDir;

    @DynamicPropertySource
    static void dirs(DynamicPropertyRegistry registry) throws Exception {
        CliTest.copyRules(Path.of("../rules"), rulesDir);
        registry.add("yici.rules-dir", () -> rulesDir.toString());
        registry.add("yici.rules.watch-debounce", () -> "200ms");
    }

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Autowired
    LiveRuleBook rules;

    static final String MATTER = TestMatter.yaml("TEST-XK", "测试许可");

    static final String DRL = TestMatter.drl("TEST-XK");

    static final String REQUEST =
            """
            {"matter": "TEST-XK", "applicationDate": "2026-03-02",
             "applicant": {"type": "PERSON", "name": "张三", "idNumber": "11010519491231002X"}, "materials": []}
            """;

    @Test
    @Order(1)
    void aNewMatterGoesLiveByAddingItsFolderAndReloading() throws Exception {
        String before = status().path("version").asText();
        assertThat(post("/api/v1/checks", REQUEST).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        write("matters/TEST-XK/matter.yaml", MATTER);
        write("matters/TEST-XK/requirements.drl", DRL);
        ResponseEntity<String> reload = post("/api/v1/admin/rules/reload", "");
        assertThat(reload.getStatusCode()).as(reload.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode status = status();
        assertThat(status.path("version").asText()).isNotEqualTo(before);
        assertThat(status.path("matters").findValuesAsText("code")).contains("TEST-XK");

        JsonNode result = json.readTree(post("/api/v1/checks", REQUEST).getBody());
        assertThat(result.path("decision").asText()).isEqualTo("CORRECTION_REQUIRED");
        assertThat(result.path("findings").get(0).path("source").asText())
                .isEqualTo("matters/TEST-XK/requirements.drl:5");
        assertThat(result.path("rulesVersion").asText())
                .isEqualTo(status.path("version").asText());
    }

    @Test
    @Order(2)
    void aBrokenChangeIsRefusedWithFileAndLineAndTheOldRulesKeepServing() throws Exception {
        String live = status().path("version").asText();
        write(
                "matters/TEST-XK/requirements.drl",
                DRL.replace("MatterCase( matter == \"TEST-XK\" )", "MatterCase( matter == )"));
        ResponseEntity<String> reload = post("/api/v1/admin/rules/reload", "");
        assertThat(reload.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(reload.getBody())
                .contains("matters/TEST-XK/requirements.drl")
                .contains("\"line\":7");
        assertThat(status().path("version").asText()).isEqualTo(live);
        assertThat(status().path("lastReload").path("succeeded").asBoolean()).isFalse();
        assertThat(json.readTree(post("/api/v1/checks", REQUEST).getBody())
                        .path("rulesVersion")
                        .asText())
                .isEqualTo(live);
        write("matters/TEST-XK/requirements.drl", DRL);
    }

    @Test
    @Order(3)
    void aSavedFileIsPickedUpByTheWatch() throws Exception {
        post("/api/v1/admin/rules/reload", "");
        String live = status().path("version").asText();
        write("matters/TEST-XK/matter.yaml", MATTER.replace("申请人签字", "申请人签字并注明日期"));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !status().path("version").asText().equals(live));
        JsonNode result = json.readTree(post("/api/v1/checks", REQUEST).getBody());
        assertThat(result.path("findings").get(0).path("message").asText()).contains("并注明日期");
    }

    @Test
    @Order(4)
    void aDryRunShowsWhichRecordedChecksAChangeWouldAlter() throws Exception {
        post("/api/v1/checks", REQUEST);
        Path candidate = rulesDir.resolveSibling(rulesDir.getFileName() + "-candidate");
        CliTest.copyRules(rulesDir, candidate);
        Files.writeString(
                candidate.resolve("matters/TEST-XK/requirements.drl"),
                DRL.replace(
                        "    MatterCase( matter == \"TEST-XK\" )",
                        "    MatterCase( matter == \"TEST-XK\", agentPresent )"),
                StandardCharsets.UTF_8);
        JsonNode report = json.readTree(post(
                        "/api/v1/admin/rules/dry-run",
                        "{\"rulesDir\": \"" + candidate.toString().replace("\\", "/") + "\"}")
                .getBody());
        assertThat(report.path("checksChanged").asInt()).isPositive();
        JsonNode change = report.path("byMatter").path("TEST-XK").get(0);
        assertThat(change.path("decisionBefore").asText()).isEqualTo("CORRECTION_REQUIRED");
        assertThat(change.path("decisionAfter").asText()).isEqualTo("ACCEPTED");
        assertThat(report.path("byMatter").has("GTGSH-SL")).isFalse();
    }

    @Test
    @Order(5)
    void aCheckUnderwayDuringASwapFinishesOnTheRulesItStartedWith() throws Exception {
        replace("matters/TEST-XK/requirements.drl", DRL);
        post("/api/v1/admin/rules/reload", "");
        CheckRequest request = json.readValue(REQUEST, CheckRequest.class);
        Checker underway = rules.checker(); // what a check takes when it starts
        String before = underway.ruleBook().version();

        replace("matters/TEST-XK/requirements.drl", AGENT_ONLY_DRL);
        assertThat(post("/api/v1/admin/rules/reload", "").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(rules.book().version()).isNotEqualTo(before);

        CheckOutcome finished = underway.check(request);
        assertThat(finished.rulesVersion()).isEqualTo(before);
        assertThat(finished.decision().name()).isEqualTo("CORRECTION_REQUIRED");
        CheckOutcome next = rules.checker().check(request);
        assertThat(next.rulesVersion()).isEqualTo(rules.book().version());
        assertThat(next.decision().name()).isEqualTo("ACCEPTED");
    }

    @Test
    @Order(6)
    void checksDuringRepeatedReloadsAllSucceedEachOnOneVersion() throws Exception {
        Map<String, String> decisionByVersion = new ConcurrentHashMap<>();
        replace("matters/TEST-XK/requirements.drl", DRL);
        post("/api/v1/admin/rules/reload", "");
        decisionByVersion.put(status().path("version").asText(), "CORRECTION_REQUIRED");
        replace("matters/TEST-XK/requirements.drl", AGENT_ONLY_DRL);
        post("/api/v1/admin/rules/reload", "");
        decisionByVersion.put(status().path("version").asText(), "ACCEPTED");
        assertThat(decisionByVersion).hasSize(2);

        AtomicBoolean stop = new AtomicBoolean();
        List<String> problems = new CopyOnWriteArrayList<>();
        AtomicInteger checks = new AtomicInteger();
        Set<String> seen = ConcurrentHashMap.newKeySet();
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Thread client = new Thread(() -> {
                while (!stop.get()) {
                    ResponseEntity<String> response = post("/api/v1/checks", REQUEST);
                    checks.incrementAndGet();
                    try {
                        JsonNode result = json.readTree(response.getBody());
                        String version = result.path("rulesVersion").asText();
                        String decision = result.path("decision").asText();
                        seen.add(version);
                        if (!response.getStatusCode().is2xxSuccessful()
                                || !decision.equals(decisionByVersion.get(version))) {
                            problems.add(response.getStatusCode() + " " + version + " " + decision);
                        }
                    } catch (Exception e) {
                        problems.add(response.getStatusCode() + " " + e);
                    }
                }
            });
            client.start();
            clients.add(client);
        }
        for (int i = 0; i < 6; i++) {
            replace("matters/TEST-XK/requirements.drl", i % 2 == 0 ? DRL : AGENT_ONLY_DRL);
            assertThat(post("/api/v1/admin/rules/reload", "").getStatusCode()).isEqualTo(HttpStatus.OK);
            int at = checks.get();
            await().atMost(Duration.ofSeconds(30)).until(() -> checks.get() > at + 2);
        }
        stop.set(true);
        for (Thread client : clients) {
            client.join();
        }
        assertThat(problems).isEmpty();
        assertThat(seen).containsExactlyInAnyOrderElementsOf(decisionByVersion.keySet());
    }

    static final String AGENT_ONLY_DRL = DRL.replace(
            "    MatterCase( matter == \"TEST-XK\" )", "    MatterCase( matter == \"TEST-XK\", agentPresent )");

    private JsonNode status() throws Exception {
        return json.readTree(http.getForObject("/api/v1/admin/rules", String.class));
    }

    private void write(String path, String text) throws Exception {
        Path file = rulesDir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /**
     * Writes a file in one step (the watch may be reading the folder at any time, and must not
     * see a half-written rule file): written outside the rules folder, then moved in.
     */
    private void replace(String path, String text) throws Exception {
        Path staged = Files.createTempFile(dataDir, "staged", ".drl");
        Files.writeString(staged, text, StandardCharsets.UTF_8);
        Files.move(staged, rulesDir.resolve(path), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private ResponseEntity<String> post(String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.postForEntity(path, new HttpEntity<>(body, headers), String.class);
    }
}
