package org.yici.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.yici.engine.deferral.DeferralService;

/**
 * 容缺受理 tracking end to end over HTTP on a real database: open, supplement, overdue,
 * withdraw, the audit trail, and two staff supplementing at once. Run on H2 and PostgreSQL, and on
 * PostgreSQL with the supplements' files in the database ({@link PostgresDatabaseDeferralTrackingTest}).
 */
@OwnDataFolder
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class DeferralTrackingContract {
    @Autowired
    TestRestTemplate http;

    @Autowired
    org.yici.engine.storage.FileStore store;

    @Autowired
    ObjectMapper json;

    @Autowired
    DeferralService deferrals;

    @Autowired
    JdbcClient jdbc;

    /** GTGSH-SL without its premises document (non-core), with the signed deferral commitment. */
    static String deferrable(String idNumber) {
        return """
                {"matter": "GTGSH-SL", "applicationDate": "2026-03-02", "commitments": ["DEFERRAL"],
                 "applicant": {"type": "PERSON", "name": "王五", "idNumber": "%s"},
                 "materials": [
                   {"code": "GTGSH-SL-01", "form": "ORIGINAL", "copies": 1},
                   {"code": "GTGSH-SL-02", "form": "COPY", "copies": 1}]}
                """
                .replace("%s", idNumber);
    }

    @Test
    void aDeferredMaterialIsTrackedUntilASupplementPasses() throws Exception {
        JsonNode check = post("/api/v1/checks", deferrable("110101199001010010"), "window-1");
        assertThat(check.path("decision").asText()).isEqualTo("ACCEPTED_WITH_DEFERRAL");
        assertThat(check.path("deferred").get(0).path("dueDate").asText()).isEqualTo("2026-03-09");
        JsonNode list = get("/api/v1/deferrals?checkId=" + check.path("checkId").asText());
        assertThat(list).hasSize(1);
        String id = list.get(0).path("id").asText();
        assertThat(list.get(0).path("status").asText()).isEqualTo("OPEN");
        assertThat(list.get(0).path("material").asText()).isEqualTo("GTGSH-SL-03");

        JsonNode wrongForm =
                post("/api/v1/deferrals/" + id + "/supplements", "{\"form\": \"ORIGINAL\", \"copies\": 0}", "window-2");
        assertThat(wrongForm.path("passed").asBoolean()).isFalse();
        assertThat(wrongForm.path("findings").get(0).path("code").asText()).isEqualTo("INSUFFICIENT_COPIES");
        assertThat(wrongForm.path("deferral").path("status").asText()).isEqualTo("OPEN");

        JsonNode good =
                post("/api/v1/deferrals/" + id + "/supplements", "{\"form\": \"COPY\", \"copies\": 1}", "window-2");
        assertThat(good.path("passed").asBoolean()).isTrue();
        assertThat(good.path("deferral").path("status").asText()).isEqualTo("SUPPLEMENTED");

        JsonNode history = get("/api/v1/deferrals/" + id).path("history");
        assertThat(history.findValuesAsText("action"))
                .containsExactly("DEFERRAL_OPENED", "SUPPLEMENT_REJECTED", "SUPPLEMENT_ACCEPTED");
        // The API key names the system; X-Yici-Actor the person at its end.
        assertThat(history.findValuesAsText("actor"))
                .containsExactly("key:test-suite/window-1", "key:test-suite/window-2", "key:test-suite/window-2");
        assertThat(history.get(2).path("remoteAddress").asText()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");

        ResponseEntity<String> again =
                raw("/api/v1/deferrals/" + id + "/supplements", "{\"form\": \"COPY\", \"copies\": 1}", "window-2");
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void anUploadedScanClosesADeferralOnlyWhenItCanBeRead() throws Exception {
        String id = deferralOf("110101199005050018");

        JsonNode unreadable = upload(id, "这不是扫描件".getBytes(java.nio.charset.StandardCharsets.UTF_8), "lease.pdf");
        assertThat(unreadable.path("passed").asBoolean()).isFalse();
        assertThat(unreadable.path("findings").findValuesAsText("code")).containsExactly("UNREADABLE");
        assertThat(unreadable.path("deferral").path("status").asText()).isEqualTo("OPEN");

        byte[] pdf = org.yici.engine.ingest.CheckWithFilesTest.textPdf("Lease contract");
        JsonNode readable = upload(id, pdf, "lease.pdf");
        assertThat(readable.path("passed").asBoolean()).as(readable.toString()).isTrue();
        assertThat(readable.path("deferral").path("status").asText()).isEqualTo("SUPPLEMENTED");

        // Both supplements are on record with their files, kept by content like a check's.
        JsonNode supplements = get("/api/v1/deferrals/" + id + "/supplements");
        assertThat(supplements.findValuesAsText("passed")).containsExactly("false", "true");
        assertThat(supplements.get(0).path("findings").findValuesAsText("code")).containsExactly("UNREADABLE");
        JsonNode kept = supplements.get(1).path("file");
        assertThat(kept.path("fileName").asText()).isEqualTo("lease.pdf");
        assertThat(kept.path("mediaType").asText()).isEqualTo("application/pdf");
        assertThat(kept.path("size").asLong()).isEqualTo(pdf.length);
        assertThat(kept.path("sha256").asText()).isEqualTo(org.yici.engine.storage.FileStore.sha256(pdf));
        ResponseEntity<byte[]> bytes =
                http.getForEntity(supplements.get(1).path("fileHref").asText(), byte[].class);
        assertThat(bytes.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(bytes.getBody()).isEqualTo(pdf);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE subject_id = :id AND action = 'FILE_DOWNLOADED'")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(http.getForEntity(
                                "/api/v1/deferrals/" + id + "/supplements/"
                                        + supplements.get(1).path("id").asText() + "x/file",
                                String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    /** A supplement refused as a conflict (deferral already closed) keeps no file. */
    @Test
    void aRefusedSupplementKeepsNoFile() throws Exception {
        String id = deferralOf("110101199006060014");
        post("/api/v1/deferrals/" + id + "/withdraw", "{\"reason\": \"申请已撤回\"}", "window-1");
        byte[] pdf = org.yici.engine.ingest.CheckWithFilesTest.textPdf("Lease contract refused " + id);
        ResponseEntity<String> refused = http.postForEntity(
                "/api/v1/deferrals/" + id + "/supplements", uploadBody(pdf, "lease.pdf"), String.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(store.contains(org.yici.engine.storage.FileStore.sha256(pdf)))
                .isFalse();
        assertThat(get("/api/v1/deferrals/" + id + "/supplements")).isEmpty();
    }

    /** Checks a deferrable package of this applicant and answers the id of its one deferral. */
    private String deferralOf(String idNumber) throws Exception {
        JsonNode check = post("/api/v1/checks", deferrable(idNumber), "window-1");
        return get("/api/v1/deferrals?checkId=" + check.path("checkId").asText())
                .get(0)
                .path("id")
                .asText();
    }

    private JsonNode upload(String deferralId, byte[] content, String name) throws Exception {
        ResponseEntity<String> response = http.postForEntity(
                "/api/v1/deferrals/" + deferralId + "/supplements", uploadBody(content, name), String.class);
        assertThat(response.getStatusCode().is2xxSuccessful())
                .as(response.getBody())
                .isTrue();
        return json.readTree(response.getBody());
    }

    private static HttpEntity<?> uploadBody(byte[] content, String name) {
        var parts = new org.springframework.util.LinkedMultiValueMap<String, Object>();
        HttpHeaders jsonPart = new HttpHeaders();
        jsonPart.setContentType(MediaType.APPLICATION_JSON);
        parts.add("material", new HttpEntity<>("{\"form\": \"COPY\", \"copies\": 1}", jsonPart));
        parts.add("file", new org.springframework.core.io.ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return new HttpEntity<>(parts, headers);
    }

    @Test
    void anOpenDeferralPastItsDueDateBecomesOverdueAndIsListedForStaff() throws Exception {
        String id = deferralOf("110101199002020012");

        deferrals.markOverdue(LocalDate.of(2026, 3, 9));
        assertThat(get("/api/v1/deferrals/" + id)
                        .path("deferral")
                        .path("status")
                        .asText())
                .isEqualTo("OPEN");
        deferrals.markOverdue(LocalDate.of(2026, 3, 10));
        assertThat(get("/api/v1/deferrals?status=OVERDUE").findValuesAsText("id"))
                .contains(id);
        assertThat(get("/api/v1/deferrals/" + id).path("history").findValuesAsText("actor"))
                .contains("system");

        JsonNode withdrawn = post("/api/v1/deferrals/" + id + "/withdraw", "{\"reason\": \"申请人撤回申请\"}", "window-3");
        assertThat(withdrawn.path("status").asText()).isEqualTo("WITHDRAWN");
    }

    /**
     * Every node runs the hourly overdue marking; on one database, runs at the same moment (each in
     * its own transaction, as two processes are) must mark and audit each deferral once.
     */
    @Test
    void overdueMarkingRunAtOnceByManyNodesMarksAndAuditsEachDeferralOnce() throws Exception {
        String id = deferralOf("110101199004040017");
        long audited = overdueAudits();
        int nodes = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(nodes);
        try {
            List<Future<Integer>> marked = new ArrayList<>();
            for (int i = 0; i < nodes; i++) {
                marked.add(pool.submit(() -> {
                    start.await();
                    return deferrals.markOverdue(LocalDate.of(2026, 3, 10));
                }));
            }
            start.countDown();
            int total = 0;
            for (Future<Integer> f : marked) {
                total += f.get();
            }
            assertThat(total).isPositive().isEqualTo(overdueAudits() - audited);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE subject_id = :id AND action = 'DEFERRAL_OVERDUE'")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(get("/api/v1/deferrals/" + id)
                        .path("deferral")
                        .path("status")
                        .asText())
                .isEqualTo("OVERDUE");
    }

    private long overdueAudits() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'DEFERRAL_OVERDUE'")
                .query(Long.class)
                .single();
    }

    @Test
    void twoStaffSupplementingAtOnceCloseTheDeferralExactlyOnce() throws Exception {
        String id = deferralOf("110101199003030014");
        int staff = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(staff);
        try {
            List<Future<HttpStatus>> results = new ArrayList<>();
            for (int i = 0; i < staff; i++) {
                String actor = "window-" + i;
                Callable<HttpStatus> supplement = () -> {
                    start.await();
                    return HttpStatus.valueOf(raw(
                                    "/api/v1/deferrals/" + id + "/supplements",
                                    "{\"form\": \"COPY\", \"copies\": 1}",
                                    actor)
                            .getStatusCode()
                            .value());
                };
                results.add(pool.submit(supplement));
            }
            start.countDown();
            List<HttpStatus> statuses = new ArrayList<>();
            for (Future<HttpStatus> f : results) {
                statuses.add(f.get());
            }
            assertThat(statuses).filteredOn(s -> s == HttpStatus.OK).hasSize(1);
            assertThat(statuses).filteredOn(s -> s == HttpStatus.CONFLICT).hasSize(staff - 1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(get("/api/v1/deferrals/" + id).path("history").findValuesAsText("action"))
                .containsOnlyOnce("SUPPLEMENT_ACCEPTED");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM supplement WHERE deferral_id = :id AND passed")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void anApplicantOnTheDishonestyListGetsNoDeferral() throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.valueOf("text/csv;charset=UTF-8"));
        String csv = "holder,name,basis,listedOn\n110101199004040016,赵六,失信被执行人（（2025）京0105执123号）,2025-06-01\n";
        assertThat(http.postForEntity("/api/v1/dishonesty/import", new HttpEntity<>(csv, headers), String.class)
                        .getBody())
                .contains("\"imported\":1");
        JsonNode check = post("/api/v1/checks", deferrable("110101199004040016"), "window-1");
        assertThat(check.path("decision").asText()).isEqualTo("CORRECTION_REQUIRED");
        assertThat(check.path("deferral").findValuesAsText("reasonCode")).contains("dishonest");
        assertThat(get("/api/v1/deferrals?checkId=" + check.path("checkId").asText()))
                .isEmpty();
    }

    private JsonNode get(String path) throws Exception {
        ResponseEntity<String> response = http.getForEntity(path, String.class);
        assertThat(response.getStatusCode().is2xxSuccessful())
                .as(response.getBody())
                .isTrue();
        return json.readTree(response.getBody());
    }

    private JsonNode post(String path, String body, String actor) throws Exception {
        ResponseEntity<String> response = raw(path, body, actor);
        assertThat(response.getStatusCode().is2xxSuccessful())
                .as(response.getBody())
                .isTrue();
        return json.readTree(response.getBody());
    }

    private ResponseEntity<String> raw(String path, String body, String actor) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("X-Yici-Actor", actor);
        return http.postForEntity(path, new HttpEntity<>(body, headers), String.class);
    }
}
