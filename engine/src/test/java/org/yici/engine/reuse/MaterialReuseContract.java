package org.yici.engine.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.springframework.test.context.TestPropertySource;
import org.yici.engine.OwnDataFolder;

/**
 * 免于提交 end to end over HTTP on a real database: a company that set itself up (GS-SL) and had
 * its seal recorded (YZ-BA) is not asked again, when it applies for a food business licence
 * (SPJY-XK), for the business licence and the agent's ID copy it already handed in; another
 * holder's material is never offered nor reused; an old or invalidated one is not reused. Run on
 * H2 and PostgreSQL.
 */
@OwnDataFolder
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "yici.reuse.max-age=P90D")
abstract class MaterialReuseContract {
    static final String AGENT = "110101199003070011";
    static final String OTHER_AGENT = "11010519491231002X";

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcClient jdbc;

    /** Sets the company up and records its seal, each time with the same agent; returns both checks. */
    private String[] firstTwoChecks(String creditCode) throws Exception {
        JsonNode company = check(
                """
                {"matter": "GS-SL", "applicationDate": "2026-01-05",
                 "applicant": {"type": "ORGANIZATION", "name": "北京一次餐饮有限公司", "creditCode": "%c"},
                 "agent": {"name": "李四", "idNumber": "%a"},
                 "materials": [
                   {"code": "GS-SL-01", "form": "ORIGINAL"}, {"code": "GS-SL-02", "form": "ORIGINAL"},
                   {"code": "GS-SL-03", "form": "COPY"}, {"code": "GS-SL-04", "form": "ORIGINAL"},
                   {"code": "GS-SL-05", "form": "COPY"}, {"code": "GS-SL-06", "form": "COPY"},
                   {"code": "GS-SL-07", "form": "ORIGINAL"}, {"code": "GS-SL-08", "form": "COPY"}]}
                """
                        .replace("%c", creditCode)
                        .replace("%a", AGENT));
        assertThat(company.path("decision").asText()).isEqualTo("ACCEPTED");
        JsonNode seal = check(
                """
                {"matter": "YZ-BA", "applicationDate": "2026-01-12",
                 "applicant": {"type": "ORGANIZATION", "name": "北京一次餐饮有限公司", "creditCode": "%c"},
                 "agent": {"name": "李四", "idNumber": "%a"},
                 "reuse": [{"checkId": "%g", "material": "GS-SL-08"}],
                 "materials": [
                   {"code": "YZ-BA-01", "form": "COPY"}, {"code": "YZ-BA-02", "form": "COPY"},
                   {"code": "YZ-BA-04", "form": "ORIGINAL"}]}
                """
                        .replace("%c", creditCode)
                        .replace("%a", AGENT)
                        .replace("%g", company.path("checkId").asText()));
        assertThat(seal.path("decision").asText()).isEqualTo("ACCEPTED");
        assertThat(waived(seal)).containsExactly("YZ-BA-03 REUSED");
        return new String[] {
            company.path("checkId").asText(), seal.path("checkId").asText()
        };
    }

    private static String foodLicence(String creditCode, String agent, String date, String reuse) {
        return """
                {"matter": "SPJY-XK", "applicationDate": "%d",
                 "applicant": {"type": "ORGANIZATION", "name": "北京一次餐饮有限公司", "creditCode": "%c"},
                 "agent": {"name": "李四", "idNumber": "%a"},
                 "reuse": [%r],
                 "materials": [
                   {"code": "SPJY-XK-01", "form": "ORIGINAL"}, {"code": "SPJY-XK-03", "form": "ORIGINAL"},
                   {"code": "SPJY-XK-04", "form": "ORIGINAL"}, {"code": "SPJY-XK-06", "form": "ORIGINAL"}]}
                """
                .replace("%d", date)
                .replace("%c", creditCode)
                .replace("%a", agent)
                .replace("%r", reuse);
    }

    private static String reuseOf(String checkId, String material) {
        return "{\"checkId\": \"" + checkId + "\", \"material\": \"" + material + "\"}";
    }

    @Test
    void theLicenceAndTheAgentsIdCopyHandedInBeforeAreNotAskedAgain() throws Exception {
        String[] earlier = firstTwoChecks("91110105MA01ABCD13");
        JsonNode offers = get("/api/v1/reusable-materials?creditCode=91110105MA01ABCD13&agentIdNumber=" + AGENT
                + "&applicationDate=2026-02-02");
        assertThat(offers.findValuesAsText("material"))
                .containsExactlyInAnyOrder("YZ-BA-01", "GS-SL-06", "GS-SL-02", "GS-SL-08");

        JsonNode food = check(foodLicence(
                "91110105MA01ABCD13",
                AGENT,
                "2026-02-02",
                reuseOf(earlier[1], "YZ-BA-01") + ", " + reuseOf(earlier[0], "GS-SL-08")));

        assertThat(food.path("decision").asText()).isEqualTo("ACCEPTED");
        assertThat(food.path("findings")).isEmpty();
        assertThat(waived(food)).containsExactlyInAnyOrder("SPJY-XK-02 REUSED", "SPJY-XK-07 REUSED");
        assertThat(food.path("waived").findValuesAsText("basis"))
                .contains("已于2026年1月12日随办件 " + earlier[1] + " 提交（YZ-BA-01），免于重复提交");
        assertThat(food.path("reused").findValuesAsText("fromCheck")).containsExactlyInAnyOrder(earlier[1], earlier[0]);
        String checkId = food.path("checkId").asText();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'MATERIAL_REUSED' AND subject_id = :id")
                        .param("id", checkId)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
        ResponseEntity<String> notice = http.getForEntity("/api/v1/checks/" + checkId + "/notice.html", String.class);
        assertThat(notice.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(notice.getBody()).contains("已于此前提交，免于重复提交", "营业执照或者其他主体资格证明文件");
    }

    @Test
    void rightAfterSettingUpTheCompanyOnlyTheAgentsIdCopyIsReusedAndTheNewLicenceComesFromTheDirectory()
            throws Exception {
        String company = firstTwoChecks("91110105MA00000429")[0];
        // The licence GS-SL issued is in the licence directory (电子证照); the agent's ID copy is not.
        HttpHeaders csv = new HttpHeaders();
        csv.setContentType(MediaType.valueOf("text/csv"));
        http.postForEntity(
                "/api/v1/licences/import",
                new HttpEntity<>(
                        "holder,type,number,validUntil,source\n"
                                + "91110105MA00000429,BUSINESS_LICENSE,91110105MA00000429,,市场监管局\n",
                        csv),
                String.class);

        JsonNode food = check(foodLicence("91110105MA00000429", AGENT, "2026-01-20", reuseOf(company, "GS-SL-08")));

        assertThat(food.path("decision").asText()).isEqualTo("ACCEPTED");
        assertThat(waived(food)).containsExactlyInAnyOrder("SPJY-XK-02 SHARED_DATA", "SPJY-XK-07 REUSED");
    }

    @Test
    void anotherHoldersMaterialIsNeitherOfferedNorReused() throws Exception {
        String[] earlier = firstTwoChecks("91110105MA01JKLM3N");
        JsonNode offers = get("/api/v1/reusable-materials?creditCode=91110105MA01EFGH2W&agentIdNumber=" + OTHER_AGENT
                + "&applicationDate=2026-02-02");
        assertThat(offers).isEmpty();

        JsonNode food = check(foodLicence(
                "91110105MA01EFGH2W",
                OTHER_AGENT,
                "2026-02-02",
                reuseOf(earlier[1], "YZ-BA-01") + ", " + reuseOf(earlier[0], "GS-SL-08")));

        assertThat(waived(food)).isEmpty();
        assertThat(food.path("findings").findValuesAsText("material"))
                .containsExactlyInAnyOrder("SPJY-XK-02", "SPJY-XK-07");
        assertThat(food.path("warnings").toString()).contains("不属于本次申请人或代理人");
    }

    @Test
    void aMaterialOlderThanTheAgeLimitOrWhoseLicenceLapsedIsNotReused() throws Exception {
        String[] earlier = firstTwoChecks("91310000MA1FL4KX5W");
        // 90 days after 2026-01-12 is 2026-04-12: the licence handed in then may no longer stand.
        JsonNode late = check(foodLicence("91310000MA1FL4KX5W", AGENT, "2026-05-04", reuseOf(earlier[1], "YZ-BA-01")));
        assertThat(waived(late)).isEmpty();
        assertThat(late.path("findings").findValuesAsText("material")).contains("SPJY-XK-02");
        assertThat(late.path("warnings").toString()).contains("已超过有效期或可复用期限");

        // The licence directory now says the licence ended before the application date.
        HttpHeaders csv = new HttpHeaders();
        csv.setContentType(MediaType.valueOf("text/csv"));
        http.postForEntity(
                "/api/v1/licences/import",
                new HttpEntity<>(
                        "holder,type,number,validUntil,source\n"
                                + "91310000MA1FL4KX5W,BUSINESS_LICENSE,91310000MA1FL4KX5W,2026-01-31,市场监管局\n",
                        csv),
                String.class);
        JsonNode lapsed =
                check(foodLicence("91310000MA1FL4KX5W", AGENT, "2026-02-02", reuseOf(earlier[1], "YZ-BA-01")));
        assertThat(waived(lapsed)).isEmpty();
        assertThat(lapsed.path("warnings").toString()).contains("电子证照已失效");
        assertThat(get("/api/v1/reusable-materials?creditCode=91310000MA1FL4KX5W&applicationDate=2026-02-02")
                        .findValuesAsText("material"))
                .doesNotContain("YZ-BA-01");
    }

    private static java.util.List<String> waived(JsonNode result) {
        java.util.List<String> out = new java.util.ArrayList<>();
        result.path("waived")
                .forEach(w -> out.add(
                        w.path("material").asText() + " " + w.path("reason").asText()));
        return out;
    }

    private JsonNode check(String body) throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> response =
                http.postForEntity("/api/v1/checks", new HttpEntity<>(body, headers), String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(response.getBody());
    }

    private JsonNode get(String path) throws Exception {
        ResponseEntity<String> response = http.getForEntity(path, String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }
}
