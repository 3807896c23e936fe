package org.yici.engine.form;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.yici.engine.OwnDataFolder;
import org.yici.engine.apikey.ApiKeys;
import org.yici.engine.apikey.ApiRole;
import org.yici.engine.licence.JdbcLicenceDirectory;
import org.yici.engine.population.RepeatApplicants;
import org.yici.engine.rulebase.LiveRuleBook;

/**
 * Pre-filled application forms over real HTTP on a real database: each value from the request,
 * the licence directory or an earlier check of the same applicant, with its source; nothing from
 * another holder or from checks older than {@code yici.prefill.max-age}. Run on H2
 * ({@link H2FormApiTest}) and PostgreSQL ({@link PostgresFormApiTest}).
 */
@OwnDataFolder
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class FormApiContract {
    static final String ZHANG = "11010519491231002X";
    static final String WANG = "110101199003070011";
    static final String COMPANY = "91110105MA01ABCD13";

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FormService forms;

    @Autowired
    JdbcLicenceDirectory directory;

    @Autowired
    LiveRuleBook rules;

    @Autowired
    ApiKeys keys;

    String zhangEarlier;
    String zhangLater;
    String companyEarlier;

    @BeforeAll
    void applicantsWereHereBefore() throws Exception {
        directory.importCsv(
                new StringReader(
                        """
                holder,type,number,validUntil,source,name,address,legalRepresentative
                11010519491231002X,ID_CARD,11010519491231002X,2036-01-01,公安电子证照,张三,北京市东城区示例路1号,
                91110105MA01ABCD13,BUSINESS_LICENSE,91110105MA01ABCD13,,市场监管电子证照,北京一次科技有限公司,北京市朝阳区示例大街8号,李四
                110101199003070011,ID_CARD,110101199003070011,2020-01-01,公安电子证照,王五,已过期的住址,
                """));
        zhangEarlier = post(
                "GTGSH-SL",
                "{\"type\":\"PERSON\",\"name\":\"张三\",\"idNumber\":\"" + ZHANG + "\"}",
                null,
                "{\"phone\":\"13800000001\",\"premisesAddress\":\"示例县幸福路1号\",\"scope\":\"日用百货零售\","
                        + "\"businessName\":\"示例县张三百货店\"}");
        // 张三 comes as 王五's agent: 王五's phone is never 张三's.
        post(
                "GTGSH-SL",
                "{\"type\":\"PERSON\",\"name\":\"王五\",\"idNumber\":\"" + WANG + "\"}",
                "{\"name\":\"张三\",\"idNumber\":\"" + ZHANG + "\"}",
                "{\"phone\":\"13900000009\",\"premisesAddress\":\"王五的店\"}");
        zhangLater = post(
                "SBK-BL",
                "{\"type\":\"PERSON\",\"name\":\"张三\",\"idNumber\":\"" + ZHANG + "\"}",
                "{\"name\":\"赵六\",\"idNumber\":\"110101199001010010\"}",
                "{\"phone\":\"13800000002\"}");
        companyEarlier = post(
                "YZ-BA",
                "{\"type\":\"ORGANIZATION\",\"name\":\"北京一次科技有限公司\",\"creditCode\":\"" + COMPANY + "\"}",
                null,
                null);
    }

    @Test
    void gtgshFormIsFilledFromTheRequestTheLicenceAndEarlierChecksEachWithItsSource() {
        FilledForm form = forms.fill("GTGSH-SL", new ApplicantQuery(ZHANG, "张三", null));

        assertThat(value(form, "经营者姓名")).isEqualTo(FieldValue.of("张三", FormSource.APPLICANT));
        assertThat(value(form, "公民身份号码")).isEqualTo(FieldValue.of(ZHANG, FormSource.APPLICANT));
        assertThat(value(form, "住址")).isEqualTo(FieldValue.of("北京市东城区示例路1号", FormSource.LICENCE));
        // The newest earlier check that states a phone; the SBK-BL form stated none but a phone.
        assertThat(value(form, "联系电话").value()).isEqualTo("13800000002");
        assertThat(value(form, "联系电话").checkId()).isEqualTo(zhangLater);
        assertThat(value(form, "经营场所").value()).isEqualTo("示例县幸福路1号");
        assertThat(value(form, "经营场所").source()).isEqualTo(FormSource.HISTORY);
        assertThat(value(form, "经营场所").checkId()).isEqualTo(zhangEarlier);
        assertThat(value(form, "经营场所").checkedOn()).isNotNull();
        assertThat(value(form, "个体工商户名称").value()).isEqualTo("示例县张三百货店");
        assertThat(value(form, "经营范围").value()).isEqualTo("日用百货零售");
        // Nothing knows the agent of a visit yet to come, nor what only the applicant can write.
        assertThat(value(form, "委托代理人姓名")).isNull();
        assertThat(value(form, "组成形式")).isNull();
        assertThat(value(form, "经营者签字")).isNull();
        assertThat(form.fillable()).isEqualTo(9);
        assertThat(form.filled()).isEqualTo(7);
    }

    @Test
    void gsFormForACompanyIsFilledFromItsBusinessLicence() {
        FilledForm form =
                forms.fill("GS-SL", new ApplicantQuery(null, null, COMPANY.toLowerCase(java.util.Locale.ROOT)));

        assertThat(value(form, "企业名称")).isEqualTo(FieldValue.of("北京一次科技有限公司", FormSource.LICENCE));
        assertThat(value(form, "统一社会信用代码")).isEqualTo(FieldValue.of(COMPANY, FormSource.APPLICANT));
        assertThat(value(form, "住所")).isEqualTo(FieldValue.of("北京市朝阳区示例大街8号", FormSource.LICENCE));
        assertThat(value(form, "法定代表人姓名")).isEqualTo(FieldValue.of("李四", FormSource.LICENCE));
        assertThat(value(form, "营业期限")).isEqualTo(FieldValue.of("长期", FormSource.LICENCE));
        // Its earlier YZ-BA check stated no phone, scope or agent: those stay blank.
        assertThat(value(form, "联系电话")).isNull();
        assertThat(value(form, "经营范围")).isNull();
        assertThat(form.filled()).isEqualTo(5);
    }

    @Test
    void anotherHoldersStatementsAndAnExpiredLicenceFillNothing() {
        FilledForm wang = forms.fill("SBK-BL", new ApplicantQuery(WANG, null, null));
        // 王五's own check fills his phone; his expired ID card states no current address.
        assertThat(value(wang, "联系电话").value()).isEqualTo("13900000009");
        assertThat(value(wang, "住址")).isNull();
        assertThat(value(wang, "姓名").source()).isEqualTo(FormSource.HISTORY);

        FilledForm zhang = forms.fill("GTGSH-SL", new ApplicantQuery(ZHANG, "张三", null));
        assertThat(zhang.fields())
                .extracting(f -> f.value() == null ? null : f.value().value())
                .doesNotContain("13900000009", "王五的店");
    }

    @Test
    void formOfACheckTakesItsAgentAndOnlyWhatWasKnownBeforeIt() {
        FilledForm form = forms.fillForCheck("SBK-BL", zhangLater);
        assertThat(value(form, "代办人姓名")).isEqualTo(FieldValue.of("赵六", FormSource.APPLICANT));
        assertThat(value(form, "代办人身份证号码")).isEqualTo(FieldValue.of("110101199001010010", FormSource.APPLICANT));
        // The check's own form stated the phone.
        assertThat(value(form, "联系电话")).isEqualTo(FieldValue.of("13800000002", FormSource.APPLICANT));

        FilledForm before = forms.fillForCheck("GTGSH-SL", zhangEarlier);
        // Nothing after the check: the later SBK-BL visit's phone is not in its form.
        assertThat(value(before, "联系电话")).isEqualTo(FieldValue.of("13800000001", FormSource.APPLICANT));
        assertThat(before.fields())
                .noneMatch(f -> f.value() != null && zhangLater.equals(f.value().checkId()));
    }

    @Test
    void checksOlderThanTheMaximumAgeAreNotRead() throws Exception {
        Random random = new Random(7);
        String id = RepeatApplicants.idNumber(random);
        String old = post(
                "SBK-BL",
                "{\"type\":\"PERSON\",\"name\":\"钱七\",\"idNumber\":\"" + id + "\"}",
                null,
                "{\"phone\":\"13700000007\"}");
        assertThat(value(forms.fill("SBK-BL", new ApplicantQuery(id, null, null)), "联系电话"))
                .isNotNull();

        jdbc.sql("UPDATE check_record SET created_at = :at WHERE id = :id")
                .param("at", Timestamp.from(Instant.now().minus(400, ChronoUnit.DAYS)))
                .param("id", old)
                .update();
        FilledForm form = forms.fill("SBK-BL", new ApplicantQuery(id, null, null));
        assertThat(value(form, "联系电话")).isNull();
        assertThat(value(form, "姓名")).isNull();
    }

    @Test
    void pdfPrintsEveryFilledValueWithItsSourceInTheEmbeddedFont() throws IOException {
        ResponseEntity<byte[]> response = http.getForEntity(
                "/api/v1/matters/GTGSH-SL/form.pdf?idNumber={id}&name={name}", byte[].class, ZHANG, "张三");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        Set<String> fonts = new HashSet<>();
        String text;
        try (PDDocument pdf = Loader.loadPDF(response.getBody())) {
            text = new PDFTextStripper().getText(pdf).replaceAll("[ \\t]+", "");
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts.add(font.getName());
                    assertThat(font.isEmbedded())
                            .as("font %s embedded", font.getName())
                            .isTrue();
                }
            }
        }
        assertThat(fonts).isNotEmpty().allMatch(f -> f.contains("WenQuanYiZenHei"));
        assertThat(text)
                .contains("个体工商户登记（备案）申请书")
                .contains("经营者姓名：张三\n来源：申请人提供")
                .contains("住址：北京市东城区示例路1号\n来源：电子证照")
                .contains("经营场所：示例县幸福路1号\n来源：既往办件" + zhangEarlier)
                .contains("联系电话：13800000002\n来源：既往办件" + zhangLater)
                .contains("本表共9项可预填，已预填7项");
        // The number printed on it finds what was printed, value by value, when the form comes back.
        Matcher number = Pattern.compile("预填编号：(\\d{12})").matcher(text);
        assertThat(number.find()).as(text).isTrue();
        String stored = jdbc.sql("SELECT fields_json FROM printed_form WHERE form_number = :n")
                .param("n", number.group(1))
                .query(String.class)
                .single();
        assertThat(stored).contains("示例县幸福路1号").contains("13800000002").contains("premises.address");
        // Printed again, the same form keeps its number and its one row.
        assertThat(forms.fill("GTGSH-SL", new ApplicantQuery(ZHANG, "张三", null)).number())
                .isEqualTo(number.group(1));
    }

    @Test
    void htmlMarksEachFieldWithItsPathAndSource() {
        ResponseEntity<String> response =
                http.getForEntity("/api/v1/matters/GS-SL/form.html?creditCode={code}", String.class, COMPANY);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody())
                .contains("data-path=\"licence.legalRepresentative\" data-source=\"LICENCE\"")
                .contains("李四")
                .contains("来源：电子证照");
    }

    @Test
    void formByCheckIdOverHttp() {
        ResponseEntity<String> response =
                http.getForEntity("/api/v1/matters/SBK-BL/form.html?checkId={id}", String.class, zhangLater);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).contains("赵六");
    }

    @Test
    void refusesWhatCannotBeFilledAndStrangers() {
        assertThat(status("/api/v1/matters/NO-SUCH/form.pdf?idNumber=" + ZHANG)).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(status("/api/v1/matters/YZ-BA/form.pdf?creditCode=" + COMPANY))
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(status("/api/v1/matters/GTGSH-SL/form.pdf")).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(status("/api/v1/matters/GTGSH-SL/form.pdf?idNumber=1%25")).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(status("/api/v1/matters/GTGSH-SL/form.pdf?checkId=01NOSUCHCHECK"))
                .isEqualTo(HttpStatus.NOT_FOUND);
        HttpHeaders wrongKey = new HttpHeaders();
        wrongKey.setBearerAuth("yk_not_a_key_of_this_service_000000000000");
        ResponseEntity<String> stranger = http.exchange(
                "/api/v1/matters/GTGSH-SL/form.html?idNumber=" + ZHANG,
                HttpMethod.GET,
                new HttpEntity<>(wrongKey),
                String.class);
        assertThat(stranger.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        // An intake portal may check packages but not read what the directory and history know.
        HttpHeaders intake = new HttpHeaders();
        intake.setBearerAuth(
                keys.create("intake-portal", EnumSet.of(ApiRole.INTAKE)).key());
        ResponseEntity<String> portal = http.exchange(
                "/api/v1/matters/GTGSH-SL/form.html?idNumber=" + ZHANG,
                HttpMethod.GET,
                new HttpEntity<>(intake),
                String.class);
        assertThat(portal.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void openApiDocumentsBothFormEndpointsWithTheirApplicantParameters() throws IOException {
        JsonNode paths = json.readTree(http.getForObject("/api/v1/openapi.json", String.class))
                .path("paths");
        for (String suffix : new String[] {"pdf", "html"}) {
            JsonNode get = paths.path("/api/v1/matters/{code}/form." + suffix).path("get");
            assertThat(get.path("summary").asText()).as(suffix).contains("Pre-filled application form");
            assertThat(get.path("parameters").findValuesAsText("name"))
                    .contains("code", "idNumber", "name", "creditCode", "checkId");
        }
    }

    private HttpStatus status(String url) {
        return HttpStatus.valueOf(
                http.getForEntity(url, String.class).getStatusCode().value());
    }

    static FieldValue value(FilledForm form, String label) {
        return form.fields().stream()
                .filter(f -> f.label().equals(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no field " + label))
                .value();
    }

    /** Posts a check of {@code matter} whose application form states {@code formFields}. */
    private String post(String matter, String applicant, String agent, String formFields) throws Exception {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("matter", matter);
        request.put("applicationDate", "2026-03-02");
        request.put("applicant", json.readTree(applicant));
        request.put("situations", RepeatApplicants.situations(rules.book(), matter));
        if (agent != null) {
            request.put("agent", json.readTree(agent));
        }
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("id", "form");
        form.put("code", matter + "-01");
        form.put("form", "ORIGINAL");
        form.put("copies", 1);
        if (formFields != null) {
            form.put("fields", json.readTree(formFields));
        }
        request.put("materials", java.util.List.of(form));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> response = http.postForEntity(
                "/api/v1/checks", new HttpEntity<>(json.writeValueAsString(request), headers), String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
        JsonNode result = json.readTree(response.getBody());
        return result.path("checkId").asText();
    }
}
