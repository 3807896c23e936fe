package org.yici.engine.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.yici.engine.OwnDataFolder;
import org.yici.engine.job.Uploads;
import org.yici.engine.rulebase.LiveRuleBook;
import org.yici.ingest.IngestConfig;
import org.yici.ingest.OcrEngineKind;

/**
 * What operators see: the OCR self-test in health, ingest latency, OCR pages and rule
 * reloads in the Prometheus metrics, and the ARCHITECTURE §3 examples in the API document.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability
@OwnDataFolder
class ObservabilityTest {
    @Value("${yici.data-dir}")
    Path dataDir;

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Autowired
    LiveRuleBook rules;

    @Test
    void healthReportsTheOcrSelfTestOfTheDefaultEngine() {
        JsonNode[] tesseract = new JsonNode[1];
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    JsonNode health = json.readTree(http.getForObject("/actuator/health", String.class));
                    tesseract[0] = health.path("components").path("ocr");
                    return !tesseract[0].path("status").asText().equals("UNKNOWN");
                });
        assertThat(tesseract[0].path("status").asText())
                .as(tesseract[0].toString())
                .isEqualTo("UP");
        assertThat(tesseract[0].path("details").path("read").asText().replaceAll("\\s+", ""))
                .contains("材料预审2026");
        assertThat(tesseract[0].path("details").path("engine").asText()).isEqualTo("paddle");
    }

    @Test
    void withoutItsModelsPaddleOcrIsDownNamingTheFileAndTheInstallCommand() {
        var health = OcrHealthIndicator.selfTest(
                IngestConfig.builder().ocrModels(dataDir.resolve("no-models")).build());
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails().get("reason").toString())
                .contains("OCR model missing")
                .contains("no-models")
                .contains("scripts/install-models.sh");
    }

    @Test
    void withoutItsModelsTesseractIsDownWithTheReason() {
        var health = OcrHealthIndicator.selfTest(IngestConfig.builder()
                .ocrEngine(OcrEngineKind.TESSERACT)
                .tessdata(dataDir.resolve("no-tessdata"))
                .build());
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails().get("reason").toString())
                .contains("Tesseract model missing")
                .contains("no-tessdata");
    }

    @Test
    void metricsCountIngestLatencyOcrPagesAndReloads() {
        double ocrBefore = counter(metrics(), "yici_ocr_pages_total");
        String request =
                """
                {"matter": "GTGSH-SL", "applicationDate": "2026-03-02", "channel": "ONLINE",
                 "applicant": {"type": "PERSON", "name": "张三", "idNumber": "11010519491231002X"},
                 "materials": [{"id": "scan", "code": "GTGSH-SL-03", "file": "scan.png"}]}
                """;
        ResponseEntity<String> checked = http.postForEntity(
                "/api/v1/checks",
                Uploads.multipart(request, Map.of("scan", OcrHealthIndicator.image("LEASE 2026")), null),
                String.class);
        assertThat(checked.getStatusCode()).as(checked.getBody()).isEqualTo(HttpStatus.CREATED);

        rules.reload(); // the packaged rules: nothing changed

        String metrics = metrics();
        assertThat(counter(metrics, "yici_ocr_pages_total")).isEqualTo(ocrBefore + 1);
        assertThat(metrics).contains("yici_ingest_seconds_bucket");
        assertThat(metrics).contains("yici_ingest_seconds_count");
        assertThat(metrics).contains("yici_rules_reloads_total{outcome=\"unchanged\"}");
    }

    @Test
    void theApiDocumentCarriesTheArchitectureExamples() throws Exception {
        JsonNode api = json.readTree(http.getForObject("/api/v1/openapi.json", String.class));
        JsonNode schemas = api.path("components").path("schemas");
        assertThat(schemas.path("CheckRequest").path("example").path("matter").asText())
                .isEqualTo("GTGSH-SL");
        assertThat(schemas.path("CheckRequest")
                        .path("example")
                        .path("materials")
                        .get(2)
                        .path("fields")
                        .path("name")
                        .asText())
                .isEqualTo("李四");
        assertThat(schemas.path("CheckResult").path("example").path("decision").asText())
                .isEqualTo("CORRECTION_REQUIRED");
        JsonNode post = api.path("paths").path("/api/v1/checks").path("post");
        assertThat(post.path("requestBody")
                        .path("content")
                        .path("application/json")
                        .path("examples")
                        .fieldNames())
                .toIterable()
                .isNotEmpty();
        // The answer's body is written from the recorded JSON text; the document still names its schema.
        for (String status : new String[] {"201", "200"}) {
            // 200 is also the asynchronous check's answer on the same path (oneOf CheckResult, JobView).
            assertThat(post.path("responses")
                            .path(status)
                            .path("content")
                            .path("application/json")
                            .path("schema")
                            .toString())
                    .as(status)
                    .contains("\"#/components/schemas/CheckResult\"");
        }
        assertThat(api.path("paths").has("/api/v1/jobs/{id}")).isTrue();
        assertThat(api.path("paths").has("/api/v1/checks/{id}/files/{sha256}")).isTrue();
    }

    private String metrics() {
        return http.getForObject("/actuator/prometheus", String.class);
    }

    /** The value of an untagged-or-tagged counter line, 0 when absent. */
    private static double counter(String metrics, String name) {
        Matcher m =
                Pattern.compile("(?m)^" + name + "(\\{[^}]*})? ([0-9.eE+]+)$").matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(2)) : 0;
    }
}
