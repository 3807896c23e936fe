package org.yici.engine.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.yici.engine.OwnDataFolder;

/**
 * Upload limits over real HTTP: a file over {@code yici.uploads.max-file-size} or a request over
 * {@code max-request-size} is a 413 problem, and nothing of it is kept. The limits are small here
 * so the bodies stay within what Tomcat reads past a refusal (server.tomcat.max-swallow-size).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "yici.uploads.max-file-size=64KB",
            "yici.uploads.max-request-size=160KB",
            "yici.uploads.max-json-size=16KB"
        })
@OwnDataFolder
class UploadLimitsTest {
    @Value("${yici.data-dir}")
    Path dataDir;

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcClient jdbc;

    static final String REQUEST =
            """
            {"matter": "GTGSH-SL", "applicationDate": "2026-03-02", "channel": "ONLINE",
             "applicant": {"type": "PERSON", "name": "张三", "idNumber": "11010519491231002X"},
             "materials": [
               {"id": "form", "code": "GTGSH-SL-01", "file": "form.jpg"},
               {"id": "id", "code": "GTGSH-SL-02", "file": "id.jpg"},
               {"id": "lease", "code": "GTGSH-SL-03", "file": "lease.jpg"}]}
            """;

    @Test
    void aFileOverThePerFileLimitIs413AndKeepsNothing() throws Exception {
        long checks = checks();
        long objects = objects();
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("form", bytes(10 * 1024));
        files.put("lease", bytes(65 * 1024));
        for (String async : new String[] {"", "?async=true"}) {
            ResponseEntity<String> response = post("/api/v1/checks" + async, files);
            JsonNode problem = assertTooLarge(response);
            assertThat(problem.path("limit").asText()).isEqualTo("PER_FILE");
            assertThat(problem.path("limitBytes").asLong()).isEqualTo(64 * 1024);
            assertThat(problem.path("title").asText()).contains("文件过大").contains("File too large");
            assertThat(problem.path("detail").asText()).contains("64 KB");
        }
        assertNothingKept(checks, objects);
    }

    @Test
    void aRequestOverThePerRequestLimitIs413AndKeepsNothing() throws Exception {
        long checks = checks();
        long objects = objects();
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("form", bytes(60 * 1024));
        files.put("id", bytes(60 * 1024));
        files.put("lease", bytes(60 * 1024));
        for (String async : new String[] {"", "?async=true"}) {
            ResponseEntity<String> response = post("/api/v1/checks" + async, files);
            JsonNode problem = assertTooLarge(response);
            assertThat(problem.path("limit").asText()).isEqualTo("PER_REQUEST");
            assertThat(problem.path("limitBytes").asLong()).isEqualTo(160 * 1024);
            assertThat(problem.path("title").asText()).contains("请求过大");
            assertThat(problem.path("detail").asText()).contains("160 KB");
        }
        assertNothingKept(checks, objects);
    }

    @Test
    void filesWithinBothLimitsAreChecked() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("form", bytes(60 * 1024));
        files.put("id", bytes(60 * 1024));
        ResponseEntity<String> response = post("/api/v1/checks", files);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void aJsonBodyOverItsLimitIs413AndKeepsNothing() throws Exception {
        long checks = checks();
        byte[] body = jsonWithMaterials(400);
        assertThat(body.length).isGreaterThan(16 * 1024);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        for (String async : new String[] {"", "?async=true"}) {
            JsonNode problem = assertTooLarge(
                    http.postForEntity("/api/v1/checks" + async, new HttpEntity<>(body, headers), String.class));
            assertThat(problem.path("limit").asText()).isEqualTo("PER_JSON_REQUEST");
            assertThat(problem.path("limitBytes").asLong()).isEqualTo(16 * 1024);
            assertThat(problem.path("detail").asText()).contains("16 KB");
        }
        assertThat(checks()).isEqualTo(checks);
    }

    /** Without a Content-Length (chunked) the body is cut off as the bytes read pass the limit. */
    @Test
    void aChunkedJsonBodyOverItsLimitIs413() throws Exception {
        long checks = checks();
        byte[] body = jsonWithMaterials(400);
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(http.getRootUri() + "/api/v1/checks"))
                                .header("Content-Type", "application/json")
                                .header("X-API-Key", "yk_test_suite_key_not_a_secret_0123456789")
                                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                                        () -> new java.io.ByteArrayInputStream(body)))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(json.readTree(response.body()).path("limit").asText()).isEqualTo("PER_JSON_REQUEST");
        assertThat(checks()).isEqualTo(checks);
    }

    @Test
    void aJsonBodyWithinItsLimitIsChecked() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> response =
                http.postForEntity("/api/v1/checks", new HttpEntity<>(jsonWithMaterials(3), headers), String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
    }

    /** A valid check request with {@code count} paper materials (so only its size can refuse it). */
    private static byte[] jsonWithMaterials(int count) {
        StringBuilder materials = new StringBuilder();
        for (int i = 0; i < count; i++) {
            materials
                    .append(i == 0 ? "" : ",")
                    .append("{\"id\": \"m")
                    .append(i)
                    .append("\", \"code\": \"GTGSH-SL-01\", \"form\": \"ORIGINAL\", \"copies\": 1}");
        }
        return ("{\"matter\": \"GTGSH-SL\", \"applicationDate\": \"2026-03-02\", \"channel\": \"WINDOW\","
                        + " \"applicant\": {\"type\": \"PERSON\", \"name\": \"张三\","
                        + " \"idNumber\": \"11010519491231002X\"}, \"materials\": [" + materials + "]}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private JsonNode assertTooLarge(ResponseEntity<String> response) throws Exception {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = json.readTree(response.getBody());
        assertThat(problem.path("status").asInt()).isEqualTo(413);
        return problem;
    }

    private void assertNothingKept(long checksBefore, long objectsBefore) {
        assertThat(checks()).isEqualTo(checksBefore);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM check_job").query(Long.class).single())
                .isZero();
        assertThat(objects()).isEqualTo(objectsBefore);
    }

    private ResponseEntity<String> post(String path, Map<String, byte[]> files) {
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        HttpHeaders jsonPart = new HttpHeaders();
        jsonPart.setContentType(MediaType.APPLICATION_JSON);
        parts.add("request", new HttpEntity<>(REQUEST.getBytes(StandardCharsets.UTF_8), jsonPart));
        files.forEach((id, content) -> {
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.APPLICATION_OCTET_STREAM);
            parts.add(
                    id,
                    new HttpEntity<>(
                            new ByteArrayResource(content) {
                                @Override
                                public String getFilename() {
                                    return id + ".jpg";
                                }
                            },
                            headers));
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.postForEntity(path, new HttpEntity<>(parts, headers), String.class);
    }

    /** Incompressible bytes of the given size (no document: ingest would refuse them as a type). */
    private static byte[] bytes(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    private long checks() {
        return jdbc.sql("SELECT COUNT(*) FROM check_record").query(Long.class).single();
    }

    private long objects() {
        Path root = dataDir.resolve("files");
        if (!Files.isDirectory(root)) {
            return 0;
        }
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
