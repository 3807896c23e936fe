package org.yici.engine.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.yici.engine.CliTest;
import org.yici.engine.OwnDataFolder;
import org.yici.ingest.IngestRequest;

/** Online intake posts a package with its files: each file is read and listed with its evidence. */
@OwnDataFolder
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public class CheckWithFilesTest {
    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    static final String REQUEST =
            """
            {"matter": "GTGSH-SL", "applicationDate": "2026-03-02", "channel": "ONLINE",
             "applicant": {"type": "PERSON", "name": "张三", "idNumber": "11010519491231002X"},
             "materials": [
               {"id": "form", "code": "GTGSH-SL-01", "file": "apply.pdf"},
               {"id": "id", "code": "GTGSH-SL-02", "file": "id.bin"},
               {"id": "lease", "code": "GTGSH-SL-03", "file": "lease.pdf"}]}
            """;

    public static byte[] textPdf(String text) throws IOException {
        try (PDDocument doc = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Autowired
    DocumentIngest ingest;

    /** Asynchronous checks report progress from this: every page of a file, then the file. */
    @Test
    void progressIsToldPageByPageThenFileByFile() throws Exception {
        List<String> told = new java.util.concurrent.CopyOnWriteArrayList<>();
        Map<String, IngestRequest> files = new java.util.LinkedHashMap<>();
        files.put("form", new IngestRequest("form.pdf", textPdf("Application form")));
        files.put("lease", new IngestRequest("lease.pdf", org.yici.ingest.corpus.PdfFixtures.textLayerPdf(3)));
        ingest.ingest(files, new DocumentIngest.Progress() {
            @Override
            public void documentDone(DocumentEvidence evidence) {
                told.add(evidence.id() + " done");
            }

            @Override
            public void pageDone(String id, int pagesDoneInFile) {
                told.add(id + " page " + pagesDoneInFile);
            }
        });
        assertThat(told)
                .containsExactly(
                        "form page 1", "form done", "lease page 1", "lease page 2", "lease page 3", "lease done");
    }

    @Test
    void filesAreReadAndListedWithTheirEvidenceAndAnUnreadableOneSaysWhy() throws Exception {
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        HttpHeaders jsonPart = new HttpHeaders();
        jsonPart.setContentType(MediaType.APPLICATION_JSON);
        parts.add("request", new HttpEntity<>(REQUEST.getBytes(StandardCharsets.UTF_8), jsonPart));
        parts.add(
                "form", file(textPdf("Application form of Zhang San, individual business registration"), "apply.pdf"));
        parts.add("id", file("this is not a document".getBytes(StandardCharsets.UTF_8), "id.bin"));
        parts.add(
                "lease",
                file(textPdf("Lease contract between the lessor and the lessee for the premises"), "lease.pdf"));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        ResponseEntity<String> response =
                http.postForEntity("/api/v1/checks", new HttpEntity<>(parts, headers), String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
        JsonNode result = json.readTree(response.getBody());

        JsonNode documents = result.path("documents");
        assertThat(documents.findValuesAsText("id")).containsExactly("form", "id", "lease");
        assertThat(documents.get(0).path("mediaType").asText()).isEqualTo("application/pdf");
        assertThat(documents.get(0).path("pages").asInt()).isEqualTo(1);
        assertThat(documents.get(0).path("ocr").asBoolean()).isFalse();
        assertThat(documents.get(0).path("pageEvidence").get(0).path("source").asText())
                .isEqualTo("TEXT_LAYER");
        assertThat(documents.get(1).path("error").asText()).isEqualTo("UNSUPPORTED_TYPE");
        assertThat(documents.get(1).path("message").asText()).isNotBlank();
        // None of the three is what it was sent as (issue 18): online, each is asked for again.
        assertThat(result.path("findings").findValuesAsText("code"))
                .containsExactly("UNRECOGNISED", "UNRECOGNISED", "UNRECOGNISED");
        assertThat(result.path("decision").asText()).isEqualTo("CORRECTION_REQUIRED");
    }

    @Test
    void aFilePartForNoMaterialIsAProblem() throws Exception {
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        HttpHeaders jsonPart = new HttpHeaders();
        jsonPart.setContentType(MediaType.APPLICATION_JSON);
        parts.add("request", new HttpEntity<>(REQUEST.getBytes(StandardCharsets.UTF_8), jsonPart));
        parts.add("nosuch", file(textPdf("stray"), "stray.pdf"));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        ResponseEntity<String> response =
                http.postForEntity("/api/v1/checks", new HttpEntity<>(parts, headers), String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("nosuch");
    }

    @Test
    void theCliPrintsThePagesOfAFile(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("apply.pdf");
        Files.write(pdf, textPdf("Application form of Zhang San"));
        CliTest.Run run = CliTest.run("ingest", pdf.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("文字层").contains("Application form of Zhang San");
        Path junk = dir.resolve("junk.pdf");
        Files.writeString(junk, "not a pdf at all", StandardCharsets.UTF_8);
        assertThat(CliTest.run("ingest", junk.toString()).exit()).isEqualTo(2);
    }

    private static HttpEntity<ByteArrayResource> file(byte[] bytes, String name) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_OCTET_STREAM);
        return new HttpEntity<>(
                new ByteArrayResource(bytes) {
                    @Override
                    public String getFilename() {
                        return name;
                    }
                },
                headers);
    }
}
