package org.yici.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The REST contract end to end: real HTTP, the packaged rules, a real database. Run on H2
 * ({@link H2CheckApiTest}) and PostgreSQL ({@link PostgresCheckApiTest}).
 */
@OwnDataFolder
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability // tests turn metrics export off unless asked; the Prometheus endpoint is part of the
// contract
abstract class CheckApiContract {
    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcClient jdbc;

    static final String COMPLETE =
            """
            {"matter": "GTGSH-SL", "applicationDate": "2026-03-02", "channel": "WINDOW",
             "applicant": {"type": "PERSON", "name": "张三", "idNumber": "11010519491231002X"},
             "materials": [
               {"id": "m1", "code": "GTGSH-SL-01", "form": "ORIGINAL", "copies": 1},
               {"id": "m2", "code": "GTGSH-SL-02", "form": "COPY", "copies": 1},
               {"id": "m3", "code": "GTGSH-SL-03", "form": "COPY", "copies": 1}]}
            """;

    static final String AGENT_WITHOUT_PAPERS =
            """
            {"matter": "GTGSH-SL", "applicationDate": "2026-03-02",
             "applicant": {"type": "PERSON", "name": "张三", "idNumber": "11010519491231002X"},
             "agent": {"name": "李四", "idNumber": "110101199003070011"},
             "materials": [
               {"code": "GTGSH-SL-01", "form": "COPY", "copies": 1},
               {"code": "GTGSH-SL-02", "form": "COPY", "copies": 1}]}
            """;

    @Test
    void acceptsACompletePackageAndReadsItBackById() throws Exception {
        ResponseEntity<String> created = post(COMPLETE);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode result = json.readTree(created.getBody());
        assertThat(result.path("decision").asText()).isEqualTo("ACCEPTED");
        assertThat(result.path("findings")).isEmpty();
        assertThat(result.path("rulesVersion").asText()).startsWith("sha256:");
        assertThat(result.path("checklist")).hasSize(3);

        assertThat(result.path("notice").path("type").asText()).isEqualTo("ACCEPTANCE");
        ResponseEntity<byte[]> pdf =
                http.getForEntity(result.path("notice").path("pdf").asText(), byte[].class);
        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        String id = result.path("checkId").asText();
        assertThat(created.getHeaders().getLocation()).hasToString("/api/v1/checks/" + id);
        JsonNode again = json.readTree(http.getForObject("/api/v1/checks/" + id, String.class));
        assertThat(again).isEqualTo(result);
    }

    @Test
    void listsEveryDefectAtOnceWithRuleAndSourceLine() throws Exception {
        JsonNode result = json.readTree(post(AGENT_WITHOUT_PAPERS).getBody());
        assertThat(result.path("decision").asText()).isEqualTo("CORRECTION_REQUIRED");
        assertThat(result.path("findings").findValuesAsText("material"))
                .containsExactly("GTGSH-SL-01", "GTGSH-SL-03", "GTGSH-SL-04", "GTGSH-SL-05");
        assertThat(result.path("findings").findValuesAsText("code"))
                .containsExactly("WRONG_FORM", "MISSING", "MISSING", "MISSING");
        JsonNode poa = result.path("findings").get(2);
        assertThat(poa.path("rule").asText()).isEqualTo("GTGSH-SL-04 委托代理人办理时提交授权委托书");
        assertThat(poa.path("source").asText()).matches("matters/GTGSH-SL/requirements\\.drl:\\d+");
        assertThat(poa.path("message").asText()).contains("缺少授权委托书").contains("原件1份");
    }

    @Test
    void unknownCheckIdIsANotFoundProblem() {
        ResponseEntity<String> response = http.getForEntity("/api/v1/checks/01NOSUCHCHECK", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void malformedJsonIsAProblemNamingWhereItBroke() throws Exception {
        assertProblem(post("{\"matter\": \"GTGSH-SL\", "), HttpStatus.BAD_REQUEST, "line 1");
    }

    @Test
    void unknownMatterIsANotFoundProblem() throws Exception {
        assertProblem(post(COMPLETE.replace("\"GTGSH-SL\",", "\"NO-SUCH\",")), HttpStatus.NOT_FOUND, "NO-SUCH");
    }

    @Test
    void unknownMaterialCodeIsAProblem() throws Exception {
        assertProblem(post(COMPLETE.replace("GTGSH-SL-03", "GTGSH-SL-99")), HttpStatus.BAD_REQUEST, "GTGSH-SL-99");
    }

    @Test
    void materialOfAnotherMatterIsAProblem() throws Exception {
        assertProblem(post(COMPLETE.replace("GTGSH-SL-03", "YZ-BA-01")), HttpStatus.BAD_REQUEST, "不属于");
    }

    @Test
    void missingApplicationDateIsAProblem() throws Exception {
        assertProblem(
                post(COMPLETE.replace("\"applicationDate\": \"2026-03-02\",", "")), HttpStatus.BAD_REQUEST, "申请日期");
    }

    @Test
    void misspeltFieldIsAProblemRatherThanIgnored() throws Exception {
        assertProblem(post(COMPLETE.replace("\"channel\"", "\"chanel\"")), HttpStatus.BAD_REQUEST, "chanel");
    }

    @Test
    void rejectedRequestsStoreNothing() {
        long before = count();
        post(COMPLETE.replace("GTGSH-SL-03", "GTGSH-SL-99"));
        post("{not json");
        post(COMPLETE.replace("\"GTGSH-SL\",", "\"NO-SUCH\","));
        assertThat(count()).isEqualTo(before);
        post(COMPLETE);
        assertThat(count()).isEqualTo(before + 1);
    }

    @Test
    void checklistOfAMatterListsMaterialsAndSituationQuestions() throws Exception {
        JsonNode checklist = json.readTree(http.getForObject("/api/v1/matters/GTGSH-SL", String.class));
        assertThat(checklist.path("materials").findValuesAsText("code"))
                .containsExactly(
                        "GTGSH-SL-01",
                        "GTGSH-SL-02",
                        "GTGSH-SL-03",
                        "GTGSH-SL-04",
                        "GTGSH-SL-05",
                        "GTGSH-SL-06",
                        "GTGSH-SL-07");
        assertThat(checklist.path("materials").get(3).path("when").asText()).isEqualTo("委托代理人办理时");
        assertThat(checklist.path("situations").findValuesAsText("key")).contains("familyBusiness", "preApproval");
        JsonNode catalogue = json.readTree(http.getForObject("/api/v1/matters", String.class));
        assertThat(catalogue.findValuesAsText("code")).contains("GTGSH-SL", "QYKB");
    }

    @Test
    void licencesImportedFromCsvReplaceTheApplicantsOwnIdOnlyWhileValid() throws Exception {
        String csv =
                """
                holder,type,number,validUntil,source
                110101198001010016,ID_CARD,110101198001010016,2036-01-01,全国一体化政务服务平台
                110101198202020011,ID_CARD,110101198202020011,2026-01-31,全国一体化政务服务平台
                """;
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.valueOf("text/csv;charset=UTF-8"));
        ResponseEntity<String> imported =
                http.postForEntity("/api/v1/licences/import", new HttpEntity<>(csv, headers), String.class);
        assertThat(imported.getBody()).contains("\"imported\":2");

        String withoutId =
                COMPLETE.replace("{\"id\": \"m2\", \"code\": \"GTGSH-SL-02\", \"form\": \"COPY\", \"copies\": 1},", "");
        JsonNode valid = json.readTree(post(withoutId.replace("11010519491231002X", "110101198001010016"))
                .getBody());
        assertThat(valid.path("decision").asText()).isEqualTo("ACCEPTED");
        assertThat(valid.path("waived").get(0).path("reason").asText()).isEqualTo("SHARED_DATA");
        assertThat(valid.path("waived").get(0).path("basis").asText()).contains("110101198001010016");

        JsonNode expired = json.readTree(post(withoutId.replace("11010519491231002X", "110101198202020011"))
                .getBody());
        assertThat(expired.path("findings").findValuesAsText("material")).containsExactly("GTGSH-SL-02");

        JsonNode nobody = json.readTree(post(withoutId).getBody());
        assertThat(nobody.path("findings").findValuesAsText("material")).containsExactly("GTGSH-SL-02");
    }

    @Test
    void aBadLicenceRowRejectsTheWholeFile() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.valueOf("text/csv;charset=UTF-8"));
        String csv = "holder,type,number,validUntil,source\n110101198303030013,ID_CARD,110101198303030013,,x\n"
                + "110101198404040010,ID_CARD,110101198404040010,not-a-date,x\n";
        ResponseEntity<String> response =
                http.postForEntity("/api/v1/licences/import", new HttpEntity<>(csv, headers), String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("第 3 行");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM licence WHERE holder = '110101198303030013'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aCommitmentIsAcceptedWithAVerificationDueInWorkingDays() throws Exception {
        String body = COMPLETE.replace(
                        ",\n               {\"id\": \"m3\", \"code\": \"GTGSH-SL-03\", \"form\": \"COPY\", \"copies\": 1}",
                        "")
                .replace(
                        "\"channel\": \"WINDOW\",",
                        "\"channel\": \"WINDOW\", \"commitments\": [\"CERT:GTGSH-SL-03\"],");
        JsonNode result = json.readTree(post(body).getBody());
        assertThat(result.path("decision").asText()).isEqualTo("ACCEPTED");
        assertThat(result.path("waived").get(0).path("reason").asText()).isEqualTo("COMMITMENT");
        // 20 working days after Monday 2026-03-02, with no holiday in between: Monday 2026-03-30.
        assertThat(result.path("verifications").get(0).path("dueDate").asText()).isEqualTo("2026-03-30");
    }

    @Test
    void aCommitmentTheMatterDoesNotAllowIsAFindingAndEveryOtherDefectIsListed() throws Exception {
        String body = AGENT_WITHOUT_PAPERS
                .replace("{\"code\": \"GTGSH-SL-01\", \"form\": \"COPY\", \"copies\": 1},", "")
                .replace("\"materials\":", "\"commitments\": [\"CERT:GTGSH-SL-01\"], \"materials\":");
        ResponseEntity<String> response = post(body);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
        JsonNode result = json.readTree(response.getBody());
        assertThat(result.path("decision").asText()).isEqualTo("CORRECTION_REQUIRED");
        java.util.Map<String, String> findings = new java.util.TreeMap<>();
        result.path("findings")
                .forEach(f ->
                        findings.put(f.path("material").asText(), f.path("code").asText()));
        assertThat(findings)
                .containsExactly(
                        java.util.Map.entry("GTGSH-SL-01", "MISSING"),
                        java.util.Map.entry("GTGSH-SL-03", "MISSING"),
                        java.util.Map.entry("GTGSH-SL-04", "MISSING"),
                        java.util.Map.entry("GTGSH-SL-05", "MISSING"));
        assertThat(result.path("findings").get(0).path("message").asText()).contains("书面承诺不能替代本材料", "国办发〔2020〕42号");
        assertThat(result.path("waived")).isEmpty();
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheOriginalCheck() throws Exception {
        long before = count();
        String key = "retry-" + java.util.UUID.randomUUID();
        ResponseEntity<String> first = post(COMPLETE, key);
        ResponseEntity<String> retry = post(COMPLETE, key);
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(retry.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(json.readTree(retry.getBody())).isEqualTo(json.readTree(first.getBody()));
        assertThat(count()).isEqualTo(before + 1);

        ResponseEntity<String> other = post(COMPLETE.replace("张三", "张三丰"), key);
        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(count()).isEqualTo(before + 1);
    }

    @Test
    void concurrentRetriesWithOneKeyMakeOneRecord() throws Exception {
        long before = count();
        String key = "burst-" + java.util.UUID.randomUUID();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var start = new java.util.concurrent.CountDownLatch(1);
            java.util.List<java.util.concurrent.Future<ResponseEntity<String>>> calls = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                calls.add(pool.submit(() -> {
                    start.await();
                    return post(COMPLETE, key);
                }));
            }
            start.countDown();
            java.util.Set<String> ids = new java.util.HashSet<>();
            for (var call : calls) {
                ResponseEntity<String> response = call.get();
                assertThat(response.getStatusCode().is2xxSuccessful())
                        .as(response.getBody())
                        .isTrue();
                ids.add(json.readTree(response.getBody()).path("checkId").asText());
            }
            assertThat(ids).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(count()).isEqualTo(before + 1);
    }

    @Test
    void theServiceDescribesItselfAndReportsHealthAndMetrics() throws Exception {
        post(COMPLETE);
        JsonNode api = json.readTree(http.getForObject("/api/v1/openapi.json", String.class));
        assertThat(api.path("paths").has("/api/v1/checks")).isTrue();
        assertThat(api.path("paths").has("/api/v1/deferrals/{id}/supplements")).isTrue();
        JsonNode health = json.readTree(http.getForObject("/actuator/health", String.class));
        assertThat(health.path("status").asText()).isEqualTo("UP");
        assertThat(health.path("components")
                        .path("rules")
                        .path("details")
                        .path("version")
                        .asText())
                .startsWith("sha256:");
        assertThat(health.path("components").path("db").path("status").asText()).isEqualTo("UP");
        String metrics = http.getForObject("/actuator/prometheus", String.class);
        assertThat(metrics).contains("yici_checks_total{decision=\"ACCEPTED\",matter=\"GTGSH-SL\"");
        assertThat(metrics).contains("yici_check_rules_seconds_bucket");
    }

    /** The request without the material of {@code code}, as compact JSON. */
    private String without(String request, String code) throws Exception {
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(request);
        var materials = (com.fasterxml.jackson.databind.node.ArrayNode) tree.get("materials");
        for (int i = materials.size() - 1; i >= 0; i--) {
            if (materials.get(i).path("code").asText().equals(code)) {
                materials.remove(i);
            }
        }
        return json.writeValueAsString(tree);
    }

    private long count() {
        return jdbc.sql("SELECT COUNT(*) FROM check_record").query(Long.class).single();
    }

    private void assertProblem(ResponseEntity<String> response, HttpStatus status, String detailContains)
            throws Exception {
        assertThat(response.getStatusCode()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(json.readTree(response.getBody()).path("detail").asText()).contains(detailContains);
    }

    private ResponseEntity<String> post(String body) {
        return post(body, null);
    }

    private ResponseEntity<String> post(String body, String idempotencyKey) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (idempotencyKey != null) {
            headers.set("Idempotency-Key", idempotencyKey);
        }
        return http.postForEntity("/api/v1/checks", new HttpEntity<>(body, headers), String.class);
    }
}
