package org.yici.engine.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.yici.engine.OwnDataFolder;
import org.yici.engine.ingest.CheckWithFilesTest;
import org.yici.engine.storage.CheckFiles;

/**
 * Uploaded files kept by content next to their check, and asynchronous checks, over real HTTP on a
 * real database: H2 ({@link H2FilesAndJobsTest}) and PostgreSQL ({@link PostgresFilesAndJobsTest}),
 * with the files in the data folder, and both again with the files in the database ({@link
 * H2DatabaseFilesAndJobsTest}, {@link PostgresDatabaseFilesAndJobsTest}).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            // A list is bound from one property source: the suite's key again, and an INTAKE-only one.
            "yici.api-keys.bootstrap[0].name=test-suite",
            "yici.api-keys.bootstrap[0].roles=INTAKE,STAFF,RULE_ADMIN",
            "yici.api-keys.bootstrap[0].key=yk_test_suite_key_not_a_secret_0123456789",
            "yici.api-keys.bootstrap[1].name=intake-only",
            "yici.api-keys.bootstrap[1].roles=INTAKE",
            "yici.api-keys.bootstrap[1].key=" + FilesAndJobsContract.INTAKE_KEY,
            "yici.jobs.enabled=true",
            "yici.jobs.poll-interval=200ms"
        })
@OwnDataFolder
abstract class FilesAndJobsContract {
    static final String INTAKE_KEY = "yk_intake_only_test_key_not_a_secret_42";

    @Value("${yici.data-dir}")
    Path dataDir;

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CheckFiles checkFiles;

    @Autowired
    org.yici.engine.storage.FileStore store;

    @Autowired
    PlatformTransactionManager transactionManager;

    static final String REQUEST =
            """
            {"matter": "GTGSH-SL", "applicationDate": "2026-03-02", "channel": "ONLINE",
             "applicant": {"type": "PERSON", "name": "张三", "idNumber": "11010519491231002X"},
             "materials": [
               {"id": "form", "code": "GTGSH-SL-01", "file": "apply.pdf"},
               {"id": "id", "code": "GTGSH-SL-02", "file": "id.pdf"},
               {"id": "lease", "code": "GTGSH-SL-03", "file": "lease.pdf"}]}
            """;

    static final String JSON_ONLY =
            """
            {"matter": "GTGSH-SL", "applicationDate": "2026-03-02", "channel": "WINDOW",
             "applicant": {"type": "PERSON", "name": "张三", "idNumber": "11010519491231002X"},
             "materials": [
               {"id": "m1", "code": "GTGSH-SL-01", "form": "ORIGINAL", "copies": 1},
               {"id": "m2", "code": "GTGSH-SL-02", "form": "COPY", "copies": 1}]}
            """;

    @Test
    void filesAreKeptOnceByContentAndListedWithTheirCheck() throws Exception {
        byte[] form = CheckWithFilesTest.textPdf("Application form " + UUID.randomUUID());
        byte[] lease = CheckWithFilesTest.textPdf("Lease contract " + UUID.randomUUID());
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("form", form);
        files.put("id", form); // the same bytes twice: one object
        files.put("lease", lease);
        long objectsBefore = objects();
        ResponseEntity<String> created =
                http.postForEntity("/api/v1/checks", Uploads.multipart(REQUEST, files, null), String.class);
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        String checkId = json.readTree(created.getBody()).path("checkId").asText();
        assertThat(objects()).isEqualTo(objectsBefore + 2);

        JsonNode listed = json.readTree(http.getForObject("/api/v1/checks/" + checkId + "/files", String.class));
        assertThat(listed.findValuesAsText("materialId")).containsExactlyInAnyOrder("form", "id", "lease");
        String formSha = org.yici.engine.storage.FileStore.sha256(form);
        for (JsonNode file : listed) {
            assertThat(file.path("mediaType").asText()).isEqualTo("application/pdf");
            if (!file.path("materialId").asText().equals("lease")) {
                assertThat(file.path("sha256").asText()).isEqualTo(formSha);
                assertThat(file.path("size").asLong()).isEqualTo(form.length);
                assertThat(file.path("fileName").asText())
                        .isEqualTo(file.path("materialId").asText() + ".bin");
            }
        }

        ResponseEntity<byte[]> bytes =
                http.getForEntity("/api/v1/checks/" + checkId + "/files/" + formSha, byte[].class);
        assertThat(bytes.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(bytes.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(bytes.getBody()).isEqualTo(form);
        assertThat(store.read(formSha)).isEqualTo(form);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE subject_id = :id AND action = 'FILE_DOWNLOADED'")
                        .param("id", checkId)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        // The same bytes with a second check: a second row, no second object.
        ResponseEntity<String> again =
                http.postForEntity("/api/v1/checks", Uploads.multipart(REQUEST, files, null), String.class);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(objects()).isEqualTo(objectsBefore + 2);

        // Intake keys see the list, only staff get the bytes.
        HttpHeaders intake = new HttpHeaders();
        intake.setBearerAuth(INTAKE_KEY);
        assertThat(http.exchange(
                                "/api/v1/checks/" + checkId + "/files",
                                HttpMethod.GET,
                                new HttpEntity<>(intake),
                                String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        ResponseEntity<String> refused = http.exchange(
                "/api/v1/checks/" + checkId + "/files/" + formSha,
                HttpMethod.GET,
                new HttpEntity<>(intake),
                String.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.getForEntity("/api/v1/checks/" + checkId + "/files/" + "0".repeat(64), String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aRejectedRequestKeepsNoFile() throws Exception {
        byte[] unique = CheckWithFilesTest.textPdf("Rejected " + UUID.randomUUID());
        long rows = fileRows();
        long objects = objects();
        ResponseEntity<String> rejected = http.postForEntity(
                "/api/v1/checks",
                Uploads.multipart(REQUEST.replace("GTGSH-SL-03", "GTGSH-SL-99"), Map.of("lease", unique), null),
                String.class);
        assertThat(rejected.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fileRows()).isEqualTo(rows);
        assertThat(objects()).isEqualTo(objects);
        assertThat(stored(unique)).isFalse();
    }

    @Test
    void filesOfARolledBackTransactionAreRemovedAndOfACommittedOneKept() throws Exception {
        String checkId = json.readTree(http.postForEntity("/api/v1/checks", Uploads.json(JSON_ONLY, null), String.class)
                        .getBody())
                .path("checkId")
                .asText();
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        byte[] lost = CheckWithFilesTest.textPdf("Rolled back " + UUID.randomUUID());
        transaction.executeWithoutResult(status -> {
            checkFiles.keep(checkId, List.of(new CheckFiles.Upload("m1", "lost.pdf", "application/pdf", lost)));
            assertThat(stored(lost)).isTrue();
            status.setRollbackOnly();
        });
        assertThat(stored(lost)).isFalse();
        assertThat(checkFiles.of(checkId)).isEmpty();

        byte[] kept = CheckWithFilesTest.textPdf("Committed " + UUID.randomUUID());
        transaction.executeWithoutResult(status ->
                checkFiles.keep(checkId, List.of(new CheckFiles.Upload("m2", "kept.pdf", "application/pdf", kept))));
        assertThat(stored(kept)).isTrue();
        assertThat(checkFiles.of(checkId))
                .extracting(CheckFiles.StoredFile::materialId)
                .containsExactly("m2");
    }

    @Test
    void anAsyncCheckAnswers202AndItsJobReportsProgressAndTheResult() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("form", CheckWithFilesTest.textPdf("Application form " + UUID.randomUUID()));
        files.put("lease", twoPagePdf());
        ResponseEntity<String> accepted =
                http.postForEntity("/api/v1/checks?async=true", Uploads.multipart(REQUEST, files, null), String.class);
        assertThat(accepted.getStatusCode()).as(accepted.getBody()).isEqualTo(HttpStatus.ACCEPTED);
        String location = accepted.getHeaders().getLocation().toString();
        assertThat(location).matches("/api/v1/jobs/[0-9A-Z]{26}");
        assertThat(json.readTree(accepted.getBody())
                        .path("progress")
                        .path("documentsTotal")
                        .asInt())
                .isEqualTo(2);

        JsonNode job = awaitFinished(location);
        assertThat(job.path("status").asText()).as(job.toString()).isEqualTo("DONE");
        assertThat(job.path("progress").path("documentsDone").asInt()).isEqualTo(2);
        assertThat(job.path("progress").path("documentsTotal").asInt()).isEqualTo(2);
        assertThat(job.path("progress").path("pagesDone").asInt()).isEqualTo(3);
        assertThat(job.path("progress").path("pagesTotal").asInt()).isEqualTo(3);
        String checkId = job.path("checkId").asText();
        assertThat(job.path("result").asText()).isEqualTo("/api/v1/checks/" + checkId);

        JsonNode result = json.readTree(http.getForObject(job.path("result").asText(), String.class));
        assertThat(result.path("checkId").asText()).isEqualTo(checkId);
        assertThat(result.path("documents").findValuesAsText("id")).containsExactly("form", "lease");
        assertThat(result.path("documents").get(1).path("pages").asInt()).isEqualTo(2);
        JsonNode listed = json.readTree(http.getForObject("/api/v1/checks/" + checkId + "/files", String.class));
        assertThat(listed.findValuesAsText("materialId")).containsExactlyInAnyOrder("form", "lease");
    }

    @Test
    void anAsyncCheckTakesFilesWithoutAMaterialAsTheSynchronousCallDoes() throws Exception {
        byte[] scan = CheckWithFilesTest.textPdf("Lease contract " + UUID.randomUUID());
        ResponseEntity<String> accepted = http.postForEntity(
                "/api/v1/checks?async=true", Uploads.multipart(REQUEST, Map.of("file", scan), null), String.class);
        assertThat(accepted.getStatusCode()).as(accepted.getBody()).isEqualTo(HttpStatus.ACCEPTED);
        JsonNode job = awaitFinished(accepted.getHeaders().getLocation().toString());
        assertThat(job.path("status").asText()).as(job.toString()).isEqualTo("DONE");
        String checkId = job.path("checkId").asText();
        JsonNode result = json.readTree(http.getForObject("/api/v1/checks/" + checkId, String.class));
        assertThat(result.path("documents").findValuesAsText("id")).containsExactly("file-1");
        JsonNode listed = json.readTree(http.getForObject("/api/v1/checks/" + checkId + "/files", String.class));
        assertThat(listed.findValuesAsText("materialId")).containsExactly("file-1");
        assertThat(listed.get(0).path("sha256").asText()).isEqualTo(org.yici.engine.storage.FileStore.sha256(scan));
    }

    @Test
    void anAsyncJsonCheckMakesTheSameDecisionAsASynchronousOne() throws Exception {
        JsonNode sync = json.readTree(http.postForEntity("/api/v1/checks", Uploads.json(JSON_ONLY, null), String.class)
                .getBody());
        ResponseEntity<String> accepted =
                http.postForEntity("/api/v1/checks?async=true", Uploads.json(JSON_ONLY, null), String.class);
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        JsonNode job = awaitFinished(accepted.getHeaders().getLocation().toString());
        assertThat(job.path("status").asText()).as(job.toString()).isEqualTo("DONE");
        JsonNode async = json.readTree(http.getForObject(job.path("result").asText(), String.class));
        assertThat(async.path("decision").asText())
                .isEqualTo(sync.path("decision").asText());
        assertThat(async.path("findings")).isEqualTo(sync.path("findings"));
        assertThat(async.path("checkId").asText())
                .isNotEqualTo(sync.path("checkId").asText());
    }

    @Test
    void anAsyncRetryWithTheSameKeyGetsTheSameJobAndOneCheck() throws Exception {
        String key = "async-" + UUID.randomUUID();
        long checks = checks();
        ResponseEntity<String> first =
                http.postForEntity("/api/v1/checks?async=true", Uploads.json(JSON_ONLY, key), String.class);
        ResponseEntity<String> retry =
                http.postForEntity("/api/v1/checks?async=true", Uploads.json(JSON_ONLY, key), String.class);
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(retry.getHeaders().getLocation())
                .isEqualTo(first.getHeaders().getLocation());
        assertThat(retry.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        JsonNode job = awaitFinished(first.getHeaders().getLocation().toString());
        assertThat(job.path("status").asText()).isEqualTo("DONE");
        assertThat(checks()).isEqualTo(checks + 1);

        // The job checked with the same key: a synchronous retry replays that check.
        ResponseEntity<String> sync = http.postForEntity("/api/v1/checks", Uploads.json(JSON_ONLY, key), String.class);
        assertThat(sync.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(sync.getBody()).path("checkId").asText())
                .isEqualTo(job.path("checkId").asText());

        ResponseEntity<String> other = http.postForEntity(
                "/api/v1/checks?async=true", Uploads.json(JSON_ONLY.replace("张三", "张三丰"), key), String.class);
        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(other.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(checks()).isEqualTo(checks + 1);
    }

    @Test
    void aRejectedAsyncCheckFailsWithTheProblemAndKeepsNoFile() throws Exception {
        byte[] unique = CheckWithFilesTest.textPdf("Rejected async " + UUID.randomUUID());
        long checks = checks();
        ResponseEntity<String> accepted = http.postForEntity(
                "/api/v1/checks?async=true",
                Uploads.multipart(REQUEST.replace("GTGSH-SL-03", "GTGSH-SL-99"), Map.of("lease", unique), null),
                String.class);
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        JsonNode job = awaitFinished(accepted.getHeaders().getLocation().toString());
        assertThat(job.path("status").asText()).isEqualTo("FAILED");
        assertThat(job.path("problem").path("status").asInt()).isEqualTo(400);
        assertThat(job.path("problem").path("detail").asText()).contains("GTGSH-SL-99");
        assertThat(checks()).isEqualTo(checks);
        assertThat(stored(unique)).isFalse();
        String jobId = job.path("jobId").asText();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM check_job_file WHERE job_id = :id")
                        .param("id", jobId)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void anUnknownJobIsANotFoundProblem() {
        ResponseEntity<String> response = http.getForEntity("/api/v1/jobs/01NOSUCHJOB", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private JsonNode awaitFinished(String location) {
        JsonNode[] last = new JsonNode[1];
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    last[0] = json.readTree(http.getForObject(location, String.class));
                    String status = last[0].path("status").asText();
                    return status.equals("DONE") || status.equals("FAILED");
                });
        return last[0];
    }

    static byte[] twoPagePdf() throws Exception {
        try (var doc = new org.apache.pdfbox.pdmodel.PDDocument();
                var out = new java.io.ByteArrayOutputStream()) {
            for (String text : new String[] {"Lease contract page one " + UUID.randomUUID(), "Page two of the lease"}) {
                var page = new org.apache.pdfbox.pdmodel.PDPage();
                doc.addPage(page);
                try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                    content.beginText();
                    content.setFont(
                            new org.apache.pdfbox.pdmodel.font.PDType1Font(
                                    org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA),
                            12);
                    content.newLineAtOffset(72, 700);
                    content.showText(text);
                    content.endText();
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private boolean stored(byte[] content) {
        return store.contains(org.yici.engine.storage.FileStore.sha256(content));
    }

    /** The objects in the store, counted where the configured kind keeps them. */
    private long objects() {
        if (store.transactional()) {
            return jdbc.sql("SELECT COUNT(*) FROM file_object")
                    .query(Long.class)
                    .single();
        }
        Path root = dataDir.resolve("files");
        if (!Files.isDirectory(root)) {
            return 0;
        }
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile)
                    .filter(p -> !p.getParent().getFileName().toString().equals("tmp"))
                    .count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long fileRows() {
        return jdbc.sql("SELECT COUNT(*) FROM check_file").query(Long.class).single();
    }

    private long checks() {
        return jdbc.sql("SELECT COUNT(*) FROM check_record").query(Long.class).single();
    }
}
