package org.yici.engine.form;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.yici.engine.OwnDataFolder;
import org.yici.engine.job.Uploads;
import org.yici.engine.population.RepeatApplicants;
import org.yici.engine.rulebase.LiveRuleBook;

/**
 * Issue 19 item 4: a pre-filled form handed back is read like any application form, and what it
 * states is compared with what it was filled from — the request's applicant, the same data the
 * form was filled with — by the content rule that already makes an applicant's own material
 * name the applicant. A changed name or number is INCONSISTENT at that field.
 */
@OwnDataFolder
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FilledFormScanTest {
    static final String ZHANG = "11010519491231002X";

    @Autowired
    FormService forms;

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Autowired
    LiveRuleBook rules;

    @Test
    void theFormHandedBackAsPrintedAgreesWithTheApplicant() throws Exception {
        FilledForm form = forms.fill("GTGSH-SL", new ApplicantQuery(ZHANG, "张三", null));
        JsonNode result = check(forms.pdf(form));
        assertThat(formFindings(result, "INCONSISTENT")).isEmpty();
        assertThat(fieldsRead(result)).containsEntry("name", "张三").containsEntry("idNumber", ZHANG);
    }

    @Test
    void aChangedNameIsInconsistentAtTheNameField() throws Exception {
        FilledForm changed = change(forms.fill("GTGSH-SL", new ApplicantQuery(ZHANG, "张三", null)), "经营者姓名", "张叁");
        JsonNode result = check(forms.pdf(changed));
        assertThat(formFindings(result, "INCONSISTENT"))
                .extracting(f -> f.path("where").path("field").asText())
                .containsExactly("name");
    }

    @Test
    void aChangedIdNumberIsInconsistentAtTheIdNumberField() throws Exception {
        FilledForm changed =
                change(forms.fill("GTGSH-SL", new ApplicantQuery(ZHANG, "张三", null)), "公民身份号码", "110101199003070011");
        JsonNode result = check(forms.pdf(changed));
        assertThat(formFindings(result, "INCONSISTENT"))
                .extracting(f -> f.path("where").path("field").asText())
                .containsExactly("idNumber");
    }

    @Test
    void aScanOfTheChangedFormIsReadByOcrAndFoundInconsistent() throws Exception {
        FilledForm changed = change(forms.fill("GTGSH-SL", new ApplicantQuery(ZHANG, "张三", null)), "经营者姓名", "李四");
        JsonNode result = check(scan(forms.pdf(changed)));
        assertThat(result.path("documents").get(0).path("ocr").asBoolean()).isTrue();
        assertThat(formFindings(result, "INCONSISTENT"))
                .extracting(f -> f.path("where").path("field").asText())
                .containsExactly("name");
    }

    /** The form as the applicant altered it: one printed value replaced. */
    static FilledForm change(FilledForm form, String label, String value) {
        List<FilledForm.Field> fields = new ArrayList<>();
        for (FilledForm.Field f : form.fields()) {
            fields.add(
                    f.label().equals(label)
                            ? new FilledForm.Field(
                                    f.section(),
                                    f.label(),
                                    f.path(),
                                    new FieldValue(value, f.value().source(), null, null))
                            : f);
        }
        return new FilledForm(
                form.matter(),
                form.matterName(),
                form.title(),
                form.material(),
                form.officeName(),
                form.applicant(),
                fields,
                form.preparedOn());
    }

    /** The first page as a grey 200 dpi scan (PNG). */
    static byte[] scan(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 200, ImageType.GRAY);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        }
    }

    private JsonNode check(byte[] file) throws Exception {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("matter", "GTGSH-SL");
        request.put("applicationDate", "2026-03-02");
        request.put("applicant", Map.of("type", "PERSON", "name", "张三", "idNumber", ZHANG));
        request.put("situations", RepeatApplicants.situations(rules.book(), "GTGSH-SL"));
        request.put(
                "materials",
                List.of(Map.of("id", "form", "code", "GTGSH-SL-01", "form", "ORIGINAL", "copies", 1, "file", "form")));
        ResponseEntity<String> response = http.postForEntity(
                "/api/v1/checks",
                Uploads.multipart(json.writeValueAsString(request), Map.of("form", file), null),
                String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(response.getBody());
    }

    private static List<JsonNode> formFindings(JsonNode result, String code) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode f : result.path("findings")) {
            if (f.path("code").asText().equals(code)
                    && f.path("material").asText().equals("GTGSH-SL-01")) {
                found.add(f);
            }
        }
        return found;
    }

    private static Map<String, String> fieldsRead(JsonNode result) {
        Map<String, String> read = new LinkedHashMap<>();
        for (JsonNode f : result.path("documents").get(0).path("fields")) {
            read.put(f.path("field").asText(), f.path("value").asText());
        }
        return read;
    }
}
