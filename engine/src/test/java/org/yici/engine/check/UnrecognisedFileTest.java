package org.yici.engine.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.yici.engine.OwnDataFolder;
import org.yici.engine.ingest.CheckWithFilesTest;
import org.yici.engine.job.Uploads;
import org.yici.ingest.corpus.Material;
import org.yici.ingest.corpus.PdfFixtures;

/**
 * A file given as a material that is not recognisable as that material is never passed in
 * silence (issue 18): online the applicant is told to upload it again, at the window staff are
 * warned to look at the paper.
 */
@OwnDataFolder
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UnrecognisedFileTest {
    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    private static String request(String channel) {
        String form = channel.equals("ONLINE") ? "ELECTRONIC" : "COPY";
        return String.format(
                java.util.Locale.ROOT,
                """
                {"matter": "GTGSH-SL", "applicationDate": "2026-03-02", "channel": "%s",
                 "applicant": {"type": "PERSON", "name": "张三", "idNumber": "11010519491231002X"},
                 "materials": [
                   {"id": "form", "code": "GTGSH-SL-01", "form": "ORIGINAL", "copies": 1},
                   {"id": "id", "code": "GTGSH-SL-02", "form": "%s", "copies": 1, "file": "id.pdf"},
                   {"id": "lease", "code": "GTGSH-SL-03", "form": "%s", "copies": 1}]}
                """,
                channel,
                form,
                form);
    }

    private JsonNode post(String channel, byte[] idFile) throws Exception {
        ResponseEntity<String> response = http.postForEntity(
                "/api/v1/checks", Uploads.multipart(request(channel), Map.of("id", idFile), null), String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(response.getBody());
    }

    private static String statusOf(JsonNode result, String material) {
        for (JsonNode item : result.path("checklist")) {
            if (item.path("material").asText().equals(material)) {
                return item.path("status").asText();
            }
        }
        throw new AssertionError("no checklist item " + material);
    }

    private static List<String> codes(JsonNode result) {
        List<String> codes = new ArrayList<>();
        result.path("findings")
                .forEach(f -> codes.add(
                        f.path("code").asText() + " " + f.path("material").asText()));
        return codes;
    }

    private static byte[] unrelatedText() throws Exception {
        return CheckWithFilesTest.textPdf("Minutes of the residents' committee meeting on parking");
    }

    @Test
    void onlineAPdfOfUnrelatedTextGivenAsTheIdCardIsUnrecognised() throws Exception {
        JsonNode result = post("ONLINE", unrelatedText());
        assertThat(result.path("decision").asText()).isEqualTo("CORRECTION_REQUIRED");
        assertThat(codes(result)).containsExactly("UNRECOGNISED GTGSH-SL-02");
        JsonNode finding = result.path("findings").get(0);
        assertThat(finding.path("message").asText()).startsWith("所交文件（id.bin）无法识别为经营者身份证明，请上传清晰、完整的经营者身份证明。");
        assertThat(finding.path("where").path("document").asText()).isEqualTo("id.bin");
        assertThat(statusOf(result, "GTGSH-SL-02")).isEqualTo("UNRECOGNISED");
    }

    @Test
    void atTheWindowAPdfOfUnrelatedTextGivenAsTheIdCardIsUnverifiedWithAWarning() throws Exception {
        JsonNode result = post("WINDOW", unrelatedText());
        assertThat(codes(result)).isEmpty();
        assertThat(statusOf(result, "GTGSH-SL-02")).isEqualTo("UNVERIFIED");
        assertThat(statusOf(result, "GTGSH-SL-01")).isEqualTo("OK");
        assertThat(result.path("warnings").toString()).contains("id.bin").contains("未能识别为经营者身份证明");
    }

    @Test
    void aFileThatCannotBeReadAtAllIsNotPassedEither() throws Exception {
        byte[] junk = "this is not a document".getBytes(StandardCharsets.UTF_8);
        assertThat(codes(post("ONLINE", junk))).containsExactly("UNRECOGNISED GTGSH-SL-02");
        assertThat(statusOf(post("WINDOW", junk), "GTGSH-SL-02")).isEqualTo("UNVERIFIED");
    }

    @Test
    void theRealIdCardIsRecognisedAndAnotherMaterialIsStillMismatched() throws Exception {
        JsonNode card = post("ONLINE", PdfFixtures.material(Material.ID_CARD));
        assertThat(codes(card)).isEmpty();
        assertThat(statusOf(card, "GTGSH-SL-02")).isEqualTo("OK");
        assertThat(card.path("warnings")).isEmpty();
        JsonNode lease = post("WINDOW", PdfFixtures.material(Material.LEASE_CONTRACT));
        assertThat(codes(lease)).containsExactly("MISMATCHED_TYPE GTGSH-SL-02");
    }
}
