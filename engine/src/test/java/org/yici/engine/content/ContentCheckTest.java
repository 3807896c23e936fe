package org.yici.engine.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
import org.springframework.util.LinkedMultiValueMap;
import org.yici.engine.OwnDataFolder;
import org.yici.engine.job.Uploads;
import org.yici.ingest.corpus.Corpus;
import org.yici.ingest.corpus.Degradation;
import org.yici.ingest.corpus.Images;
import org.yici.ingest.corpus.Material;

/**
 * Packages of generated scans posted as a window would: each content check fires on the package
 * built to trigger it and stays silent on a clean one.
 */
@OwnDataFolder
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ContentCheckTest {
    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    static final Font FONT = CorpusReading.font();
    static final String ZHANG_SAN = "{\"type\": \"PERSON\", \"name\": \"张三\", \"idNumber\": \"11010519491231002X\"}";

    static byte[] scan(Material material, Degradation degradation) {
        return Corpus.page(material, degradation, FONT).encoded();
    }

    /** A posted package: the request's materials and the files, by part name. */
    private JsonNode post(String matter, String applicant, List<String> materials, Map<String, byte[]> files)
            throws Exception {
        String request =
                "{\"matter\": \"" + matter + "\", \"applicationDate\": \"2026-03-02\", \"channel\": \"WINDOW\","
                        + " \"applicant\": " + applicant + ", \"materials\": [" + String.join(",", materials) + "]}";
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        HttpHeaders jsonPart = new HttpHeaders();
        jsonPart.setContentType(MediaType.APPLICATION_JSON);
        parts.add("request", new HttpEntity<>(request.getBytes(StandardCharsets.UTF_8), jsonPart));
        files.forEach((part, bytes) -> parts.add(part.replaceAll("#\\d+$", ""), Uploads.file(bytes, part + ".png")));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        ResponseEntity<String> response =
                http.postForEntity("/api/v1/checks", new HttpEntity<>(parts, headers), String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(response.getBody());
    }

    private static String material(String id, String code, String form, boolean file) {
        return "{\"id\": \"" + id + "\"" + (code == null ? "" : ", \"code\": \"" + code + "\"") + ", \"form\": \""
                + form + "\", \"copies\": 1" + (file ? ", \"file\": \"" + id + ".png\"" : "") + "}";
    }

    private static List<String> codes(JsonNode result) {
        List<String> codes = new ArrayList<>();
        result.path("findings")
                .forEach(f -> codes.add(
                        f.path("code").asText() + " " + f.path("material").asText()));
        return codes;
    }

    private static List<String> gtgshTicked() {
        return new ArrayList<>(List.of(
                material("form", "GTGSH-SL-01", "ORIGINAL", true),
                material("id", "GTGSH-SL-02", "COPY", true),
                material("lease", "GTGSH-SL-03", "COPY", true)));
    }

    @Test
    void aCleanPackageOfScansIsAcceptedAndEachDocumentSaysWhatItIs() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("form", scan(Material.APPLICATION_FORM, Degradation.CLEAN));
        files.put("id", scan(Material.ID_CARD, Degradation.CLEAN));
        files.put("lease", scan(Material.LEASE_CONTRACT, Degradation.CLEAN));
        JsonNode result = post("GTGSH-SL", ZHANG_SAN, gtgshTicked(), files);
        assertThat(codes(result)).isEmpty();
        assertThat(result.path("decision").asText()).isEqualTo("ACCEPTED");
        JsonNode documents = result.path("documents");
        // ARCHITECTURE §3: type and confidence are the classification, the OCR's own is apart.
        List<String> types = new ArrayList<>();
        documents.forEach(d -> {
            types.add(d.path("type").asText());
            assertThat(d.path("confidence").asDouble()).isBetween(0.5, 1.0);
            assertThat(d.path("ocrConfidence").isNumber()).isTrue();
            assertThat(d.has("materialType") || d.has("typeConfidence")).isFalse();
        });
        assertThat(types).containsExactly("APPLICATION_FORM", "ID_CARD", "PREMISES_PROOF");
        assertThat(documents.get(1).path("typeEvidence").findValuesAsText("word"))
                .contains("公民身份号码");
        assertThat(documents.get(0).path("fields").findValuesAsText("value")).contains("11010519491231002X");
    }

    @Test
    void scansThatNameSomeoneElseAreInconsistentAndTheFindingSaysWhere() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("form", scan(Material.APPLICATION_FORM, Degradation.CLEAN));
        files.put("id", scan(Material.ID_CARD, Degradation.CLEAN));
        files.put("lease", scan(Material.LEASE_CONTRACT, Degradation.CLEAN));
        String wangWu = "{\"type\": \"PERSON\", \"name\": \"王五\", \"idNumber\": \"110101199003070011\"}";
        JsonNode result = post("GTGSH-SL", wangWu, gtgshTicked(), files);
        assertThat(codes(result))
                .contains("INCONSISTENT GTGSH-SL-01", "INCONSISTENT GTGSH-SL-02", "INCONSISTENT GTGSH-SL-03");
        JsonNode form = result.path("findings").get(0);
        assertThat(form.path("where").path("document").asText()).isEqualTo("form.png");
        assertThat(form.path("where").path("page").asInt()).isEqualTo(1);
        assertThat(form.path("message").asText()).contains("form.png第1页").contains("与申请人不一致");
    }

    @Test
    void aDocumentOfAnotherTypeIsMismatchedAndAnUnassignedScanIsMatchedByItsType() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("form", scan(Material.APPLICATION_FORM, Degradation.CLEAN));
        files.put("id", scan(Material.BUSINESS_LICENSE, Degradation.CLEAN));
        files.put("file", scan(Material.LEASE_CONTRACT, Degradation.CLEAN));
        List<String> materials = gtgshTicked();
        materials.remove(2);
        JsonNode result = post("GTGSH-SL", ZHANG_SAN, materials, files);
        assertThat(codes(result)).containsExactly("MISMATCHED_TYPE GTGSH-SL-02");
        assertThat(result.path("findings").get(0).path("message").asText()).contains("营业执照");
        assertThat(result.path("documents").findValuesAsText("id")).contains("file-1");
    }

    @Test
    void aBlankScanIsUnreadableNotGuessedAt() throws Exception {
        BufferedImage blank = new BufferedImage(1240, 1754, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = blank.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, blank.getWidth(), blank.getHeight());
        g.dispose();
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("form", scan(Material.APPLICATION_FORM, Degradation.CLEAN));
        files.put("id", Images.png(blank, 150));
        List<String> materials = gtgshTicked();
        materials.set(2, material("lease", "GTGSH-SL-03", "COPY", false));
        JsonNode result = post("GTGSH-SL", ZHANG_SAN, materials, files);
        assertThat(codes(result)).containsExactly("UNREADABLE GTGSH-SL-02");
        assertThat(result.path("findings").get(0).path("message").asText()).contains("请提供清晰的扫描件");
    }

    @Test
    void aLicenceWithoutItsRedSealMissesItAndOneWithTheSealOverTextDoesNot() throws Exception {
        String company =
                "{\"type\": \"ORGANIZATION\", \"name\": \"北京一次科技有限公司\"," + " \"creditCode\": \"91110108MA01ABCD1E\"}";
        List<String> materials =
                List.of(material("licence", "YZ-BA-01", "COPY", true), material("rep", "YZ-BA-02", "COPY", false));
        JsonNode unsealed = post(
                "YZ-BA", company, materials, Map.of("licence", scan(Material.BUSINESS_LICENSE, Degradation.CLEAN)));
        assertThat(codes(unsealed)).containsExactly("MISSING_SEAL YZ-BA-01");
        JsonNode sealed = post(
                "YZ-BA", company, materials, Map.of("licence", scan(Material.BUSINESS_LICENSE, Degradation.RED_SEAL)));
        assertThat(codes(sealed)).isEmpty();
        assertThat(sealed.path("documents").get(0).path("seal").asBoolean()).isTrue();
    }

    @Test
    void aScannedFormWithALabelLeftBlankNamesTheLabel() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(
                "form",
                Images.png(
                        ScanPages.a4(
                                FONT,
                                "个体工商户登记（备案）申请书",
                                List.of(
                                        "经营者姓名：张三",
                                        "公民身份号码：11010519491231002X",
                                        "联系电话：13800138000",
                                        "经营场所：",
                                        "经营范围：日用百货",
                                        "申请日期：2026年3月2日")),
                        200));
        List<String> materials = gtgshTicked();
        materials.set(1, material("id", "GTGSH-SL-02", "COPY", false));
        materials.set(2, material("lease", "GTGSH-SL-03", "COPY", false));
        JsonNode result = post("GTGSH-SL", ZHANG_SAN, materials, files);
        assertThat(codes(result)).containsExactly("BLANK_FIELD GTGSH-SL-01");
        assertThat(result.path("findings").get(0).path("message").asText()).contains("“经营场所”未填写");
    }

    @Test
    void anUnsignedScannedFormMissesTheSignatureAndTheNoticeSaysWhose() throws Exception {
        List<String> lines = new ArrayList<>(SignatureCheckTest.FORM);
        Map<String, byte[]> files = Map.of("form", ScanPages.png(ScanPages.a4(FONT, "个体工商户登记（备案）申请书", lines)));
        List<String> materials = gtgshTicked();
        materials.set(1, material("id", "GTGSH-SL-02", "COPY", false));
        materials.set(2, material("lease", "GTGSH-SL-03", "COPY", false));
        JsonNode result = post("GTGSH-SL", ZHANG_SAN, materials, files);
        assertThat(codes(result)).containsExactly("MISSING_SIGNATURE GTGSH-SL-01");
        JsonNode finding = result.path("findings").get(0);
        assertThat(finding.path("message").asText()).contains("（form.png第1页）经营者未签字");
        assertThat(finding.path("where").path("page").asInt()).isEqualTo(1);
        assertThat(result.path("decision").asText()).isEqualTo("CORRECTION_REQUIRED");
    }
}
