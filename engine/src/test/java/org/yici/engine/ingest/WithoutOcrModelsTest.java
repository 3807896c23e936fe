package org.yici.engine.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.yici.engine.OwnDataFolder;

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
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        HttpHeaders jsonPart = new HttpHeaders();
        jsonPart.setContentType(MediaType.APPLICATION_JSON);
        String request = String.format(
                java.util.Locale.ROOT,
                REQUEST,
                "{\"id\": \"scan\", \"code\": \"GTGSH-SL-03\", \"file\": \"scan.png\"}");
        parts.add("request", new HttpEntity<>(request.getBytes(StandardCharsets.UTF_8), jsonPart));
        HttpHeaders imagePart = new HttpHeaders();
        imagePart.setContentType(MediaType.IMAGE_PNG);
        parts.add(
                "scan",
                new HttpEntity<>(
                        new ByteArrayResource(OcrHealthIndicator.image("租赁合同 2026")) {
                            @Override
                            public String getFilename() {
                                return "scan.png";
                            }
                        },
                        imagePart));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        ResponseEntity<String> withScan =
                http.postForEntity("/api/v1/checks", new HttpEntity<>(parts, headers), String.class);
        assertThat(withScan.getStatusCode()).as(withScan.getBody()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(withScan.getBody()).contains("文字识别不可用").doesNotContain("no-models");

        HttpHeaders plain = new HttpHeaders();
        plain.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> withoutFiles = http.postForEntity(
                "/api/v1/checks",
                new HttpEntity<>(String.format(java.util.Locale.ROOT, REQUEST, ""), plain),
                String.class);
        assertThat(withoutFiles.getStatusCode()).as(withoutFiles.getBody()).isEqualTo(HttpStatus.CREATED);
    }
}
