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

    /** An applicant of these tests alone, so the forms printed for Zhang San stay as they were. */
    static final String WANG = "110105198002140031";

    static final String PREMISES = "北京市朝阳区建国路88号院3号楼101室";

    /**
     * A first check that states the applicant's address, phone, shop name, premises and scope: the
     * next form printed for Wang Wu is filled from it (既往办件), all those fields printed.
     */
    private FilledForm wangsFormFilledFromAnEarlierCheck() throws Exception {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("matter", "GTGSH-SL");
        request.put("applicationDate", "2026-03-02");
        request.put("applicant", Map.of("type", "PERSON", "name", "王五", "idNumber", WANG));
        request.put("situations", RepeatApplicants.situations(rules.book(), "GTGSH-SL"));
        request.put(
                "materials",
                List.of(Map.of(
                        "code",
                        "GTGSH-SL-01",
                        "form",
                        "ORIGINAL",
                        "copies",
                        1,
                        "fields",
                        Map.of(
                                "address", "北京市朝阳区建国路88号",
                                "phone", "13800138000",
                                "businessName", "朝阳区王五便利店",
                                "premisesAddress", PREMISES,
                                "scope", "预包装食品销售"))));
        ResponseEntity<String> first = http.postForEntity(
                "/api/v1/checks", Uploads.json(json.writeValueAsString(request), null), String.class);
        assertThat(first.getStatusCode()).as(first.getBody()).isEqualTo(HttpStatus.CREATED);
        FilledForm form = forms.fill("GTGSH-SL", new ApplicantQuery(WANG, "王五", null));
        assertThat(form.fields())
                .filteredOn(f -> "premises.address".equals(f.path()))
                .singleElement()
                .satisfies(f -> assertThat(f.value().value()).isEqualTo(PREMISES));
        assertThat(form.number()).matches("\\d{12}");
        return form;
    }

    @Test
    void aPrintedValueWrittenOverOnTheFormHandedBackIsInconsistentAtThatField() throws Exception {
        FilledForm changed = change(wangsFormFilledFromAnEarlierCheck(), "经营场所", "北京市朝阳区建国路99号");
        JsonNode result = check(forms.pdf(changed), "王五", WANG);
        assertThat(formFindings(result, "INCONSISTENT")).singleElement().satisfies(f -> {
            assertThat(f.path("where").path("field").asText()).isEqualTo("premises.address");
            assertThat(f.path("where").path("label").asText()).isEqualTo("经营场所");
            assertThat(f.path("message").asText()).contains("预填时打印的内容（" + PREMISES + "）");
        });
    }

    @Test
    void aScanOfTheFormAsPrintedChangesNothing() throws Exception {
        JsonNode result = check(scan(forms.pdf(wangsFormFilledFromAnEarlierCheck())), "王五", WANG);
        assertThat(result.path("documents").get(0).path("ocr").asBoolean()).isTrue();
        assertThat(formFindings(result, "INCONSISTENT"))
                .as("fields read: %s", fieldsRead(result))
                .isEmpty();
        // The source note closes the phone's cell: the next row's heading is not part of it.
        assertThat(fieldsRead(result)).containsEntry("phone", "13800138000");
        // Printed unsigned; the ruling of the 经营者签字 row is no signature.
        assertThat(formFindings(result, "MISSING_SIGNATURE")).singleElement().satisfies(f -> assertThat(
                        f.path("where").path("label").asText())
                .isEqualTo("经营者"));
    }

    @Test
    void aScanOfTheFormWithItsPhoneNumberWrittenOverIsInconsistentAtThePhone() throws Exception {
        FilledForm changed = change(wangsFormFilledFromAnEarlierCheck(), "联系电话", "13900139000");
        JsonNode result = check(scan(forms.pdf(changed)), "王五", WANG);
        assertThat(formFindings(result, "INCONSISTENT"))
                .extracting(f -> f.path("where").path("field").asText())
                .containsExactly("applicant.phone");
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
                form.preparedOn(),
                form.number());
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
        return check(file, "张三", ZHANG);
    }

    private JsonNode check(byte[] file, String name, String idNumber) throws Exception {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("matter", "GTGSH-SL");
        request.put("applicationDate", "2026-03-02");
        request.put("applicant", Map.of("type", "PERSON", "name", name, "idNumber", idNumber));
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
