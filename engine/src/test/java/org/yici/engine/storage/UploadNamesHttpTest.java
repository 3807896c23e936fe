package org.yici.engine.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.yici.engine.OwnDataFolder;
import org.yici.engine.ingest.CheckWithFilesTest;

/**
 * Upload file names over real HTTP, as hostile clients send them: only the cleaned name reaches the
 * check's JSON, the file list and the download's Content-Disposition; a name the container cannot
 * read is a 400 that says so; an empty file is EMPTY.
 */
@OwnDataFolder
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UploadNamesHttpTest {
    static final String KEY = "yk_test_suite_key_not_a_secret_0123456789";
    static final String BOUNDARY = "yici-test-boundary-17";

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper json;

    final HttpClient client = HttpClient.newHttpClient();

    static String request(int files) {
        StringBuilder materials = new StringBuilder();
        for (int i = 0; i < files; i++) {
            materials.append(i == 0 ? "" : ",").append("{\"id\": \"m").append(i).append("\", \"form\": \"COPY\"}");
        }
        return """
                {"matter": "GTGSH-SL", "applicationDate": "2026-03-02", "channel": "WINDOW",
                 "applicant": {"type": "PERSON", "name": "张三", "idNumber": "11010519491231002X"},
                 "materials": [%s]}
                """
                .replace("%s", materials);
    }

    /** A body with the {@code request} part and one file part per raw Content-Disposition tail. */
    static byte[] body(String request, List<String> dispositions, List<byte[]> contents) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(
                out,
                "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"request\"\r\n"
                        + "Content-Type: application/json\r\n\r\n" + request + "\r\n");
        for (int i = 0; i < dispositions.size(); i++) {
            write(
                    out,
                    "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"m" + i + "\"; " + dispositions.get(i)
                            + "\r\nContent-Type: application/pdf\r\n\r\n");
            out.write(contents.get(i));
            write(out, "\r\n");
        }
        write(out, "--" + BOUNDARY + "--\r\n");
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<String> post(byte[] body) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/checks"))
                        .header("Authorization", "Bearer " + KEY)
                        .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> get(String path) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", "Bearer " + KEY)
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /**
     * A quoted {@code filename} cannot carry CR, LF or NUL through a header; clients that send
     * them use the RFC 5987 form, which Spring decodes. Both are sent.
     */
    static String disposition(String name, boolean extended) {
        return extended
                ? "filename*=UTF-8''"
                        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20")
                : "filename=\"" + name + "\"";
    }

    @Test
    void hostileNamesComeBackCleanedInTheResultTheFileListAndTheDownload() throws Exception {
        List<String> dispositions = new ArrayList<>();
        List<byte[]> contents = new ArrayList<>();
        for (int i = 0; i < UploadNamesTest.HOSTILE.length; i++) {
            String raw = UploadNamesTest.HOSTILE[i][0];
            boolean quotable = raw.chars().noneMatch(c -> c == '\r' || c == '\n' || c == 0 || c == '"');
            dispositions.add(disposition(raw, !quotable));
            contents.add(CheckWithFilesTest.textPdf("File " + i));
        }
        HttpResponse<String> created = post(body(request(dispositions.size()), dispositions, contents));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode result = json.readTree(created.body());
        String checkId = result.path("checkId").asText();

        JsonNode listed =
                json.readTree(get("/api/v1/checks/" + checkId + "/files").body());
        for (int i = 0; i < UploadNamesTest.HOSTILE.length; i++) {
            String id = "m" + i;
            String clean = UploadNamesTest.HOSTILE[i][1];
            JsonNode document = find(result.path("documents"), "id", id);
            assertThat(document.path("file").asText()).as(id).isEqualTo(clean);
            JsonNode file = find(listed, "materialId", id);
            assertThat(file.path("fileName").asText()).as(id).isEqualTo(clean);

            HttpResponse<String> download = get("/api/v1/checks/" + checkId + "/files/"
                    + file.path("sha256").asText());
            assertThat(download.statusCode()).isEqualTo(200);
            String header = download.headers().firstValue("Content-Disposition").orElseThrow();
            assertThat(org.springframework.http.ContentDisposition.parse(header).getFilename())
                    .as(id)
                    .isEqualTo(clean);
            assertThat(header).doesNotContain("\u202e", "\t", "\r", "\n", "\u001b", "..");
        }
        assertThat(created.body()).doesNotContain("\\u202e", "\\u202E", "\\t", "\\u001b", "\\u001B", "\\u0000");
    }

    @Test
    void aNameTheContainerCannotReadIsABadRequestThatSaysSo() throws Exception {
        HttpResponse<String> refused =
                post(body(request(1), List.of("filename=\"a\u0000b.pdf\""), List.of(CheckWithFilesTest.textPdf("x"))));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        JsonNode problem = json.readTree(refused.body());
        assertThat(problem.path("detail").asText()).contains("文件名", "a\\u0000b.pdf", "m0");
        assertThat(problem.path("detail").asText()).doesNotContain("Required part");
        assertThat(problem.path("part").asText()).isEqualTo("m0");
        assertThat(problem.path("fileName").asText()).isEqualTo("a\\u0000b.pdf");
    }

    /** The refused part is named from the body's last bytes, also after large files before it. */
    @Test
    void aNameTheContainerCannotReadIsNamedByItsPartAfterOtherFiles() throws Exception {
        // Larger than what is kept of the body; never read (the request is refused while parsing).
        byte[] large = new byte[200_000];
        new java.util.Random(17).nextBytes(large);
        HttpResponse<String> refused = post(body(
                request(3),
                List.of("filename=\"first.pdf\"", "filename=\"second.pdf\"", "filename=\"c\u0000d.pdf\""),
                List.of(large, large, CheckWithFilesTest.textPdf("z"))));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        JsonNode problem = json.readTree(refused.body());
        assertThat(problem.path("part").asText()).isEqualTo("m2");
        assertThat(problem.path("detail").asText()).contains("m2", "c\\u0000d.pdf");
    }

    @Test
    void aNameWithNothingReadableLeftIsABadRequestNamingThePart() throws Exception {
        HttpResponse<String> refused = post(
                body(request(1), List.of(disposition("\u202e/../\t", true)), List.of(CheckWithFilesTest.textPdf("x"))));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        JsonNode problem = json.readTree(refused.body());
        assertThat(problem.path("part").asText()).isEqualTo("m0");
        assertThat(problem.path("detail").asText()).contains("m0");
    }

    @Test
    void anEmptyFileIsReportedAsEmpty() throws Exception {
        HttpResponse<String> created =
                post(body(request(1), List.of(disposition("空.pdf", false)), List.of(new byte[0])));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode document = json.readTree(created.body()).path("documents").get(0);
        assertThat(document.path("error").asText()).isEqualTo("EMPTY");
        assertThat(document.path("message").asText()).isEqualTo("文件为空");
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode node : array) {
            if (node.path(field).asText().equals(value)) {
                return node;
            }
        }
        throw new AssertionError("no " + field + "=" + value + " in " + array);
    }
}
