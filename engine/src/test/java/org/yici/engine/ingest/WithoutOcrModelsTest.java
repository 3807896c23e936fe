package org.yici.engine.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.yici.engine.OwnDataFolder;
import org.yici.engine.job.Uploads;

/**
 * A service started without its PP-OCR models: it runs, health says OCR is DOWN and why, a check
 * with a scan is answered 503 in Chinese, and a check without files is not affected.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "yici.ingest.ocr-models=${yici.data-dir}/no-models")
@OwnDataFolder
class WithoutOcrModelsTest {
    private static final String REQUEST =
            """
            {"matter": "GTGSH-SL", "applicationDate": "2026-03-02", "channel": "ONLINE",
             "applicant": {"type": "PERSON", "name": "张三", "idNumber": "11010519491231002X"},
             "materials": [%s]}
            """;

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Test
    void healthIsDownNamingTheMissingModelAndTheInstallCommand() {
        JsonNode[] ocr = new JsonNode[1];
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    ocr[0] = json.readTree(http.getForObject("/actuator/health", String.class))
                            .path("components")
                            .path("ocr");
                    return !ocr[0].path("status").asText().equals("UNKNOWN");
                });
        assertThat(ocr[0].path("status").asText()).isEqualTo("DOWN");
        assertThat(ocr[0].path("details").path("reason").asText())
                .contains("no-models")
                .contains("scripts/install-models.sh");
    }

    @Test
    void aCheckWithAScanIsAnswered503AndOneWithoutFilesIsNotAffected() {
        String request = String.format(
                Locale.ROOT, REQUEST, "{\"id\": \"scan\", \"code\": \"GTGSH-SL-03\", \"file\": \"scan.png\"}");
        ResponseEntity<String> withScan = http.postForEntity(
                "/api/v1/checks",
                Uploads.multipart(request, Map.of("scan", OcrHealthIndicator.image("租赁合同 2026")), null),
                String.class);
        assertThat(withScan.getStatusCode()).as(withScan.getBody()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(withScan.getBody()).contains("文字识别不可用").doesNotContain("no-models");

        HttpHeaders plain = new HttpHeaders();
        plain.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> withoutFiles = http.postForEntity(
                "/api/v1/checks", new HttpEntity<>(String.format(Locale.ROOT, REQUEST, ""), plain), String.class);
        assertThat(withoutFiles.getStatusCode()).as(withoutFiles.getBody()).isEqualTo(HttpStatus.CREATED);
    }
}
