package org.yici.benchmarks.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.yici.ingest.corpus.CjkFonts;
import org.yici.ingest.corpus.Corpus;
import org.yici.ingest.corpus.Degradation;
import org.yici.ingest.corpus.Material;

/** The requests the load driver sends: what online intake sends on every submission. */
final class Workloads {
    static final ObjectMapper JSON = new ObjectMapper();

    /** A complete paper package of 个体工商户设立登记, as in ARCHITECTURE §3. */
    static final String PAPER_PACKAGE =
            """
            {"matter": "GTGSH-SL", "applicationDate": "2026-03-02", "channel": "ONLINE",
             "applicant": {"type": "PERSON", "name": "张三", "idNumber": "11010519491231002X"},
             "materials": [
               {"id": "m1", "code": "GTGSH-SL-01", "form": "ELECTRONIC", "copies": 1},
               {"id": "m2", "code": "GTGSH-SL-02", "form": "ELECTRONIC", "copies": 1},
               {"id": "m3", "code": "GTGSH-SL-03", "form": "ELECTRONIC", "copies": 1}]}
            """;

    private final HttpClient http;
    private final URI base;
    private final String key;
    private final byte[] scan;

    Workloads(HttpClient http, URI base, String key, boolean withScan) {
        this.http = http;
        this.base = base;
        this.key = key;
        this.scan = withScan
                ? Corpus.page(
                                Material.ID_CARD,
                                Degradation.CLEAN,
                                CjkFonts.renderingFonts(1).get(0))
                        .encoded()
                : null;
    }

    /** A JSON-only check; returns the check id of a 201, null otherwise. */
    String jsonCheck() throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(base.resolve("/api/v1/checks"))
                        .header("X-API-Key", key)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(PAPER_PACKAGE, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return checkId(response);
    }

    /** A check with one scanned page (the ID card, OCRed on the server). */
    String scanCheck() throws IOException, InterruptedException {
        String boundary = "yici-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        part(body, boundary, "request", null, "application/json", PAPER_PACKAGE.getBytes(StandardCharsets.UTF_8));
        part(body, boundary, "m2", "id-card.png", "image/png", scan);
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(base.resolve("/api/v1/checks"))
                        .header("X-API-Key", key)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return checkId(response);
    }

    /** Whether a recorded check can be read back. */
    boolean exists(String checkId) throws IOException, InterruptedException {
        return http.send(
                                HttpRequest.newBuilder(base.resolve("/api/v1/checks/" + checkId))
                                        .header("X-API-Key", key)
                                        .build(),
                                HttpResponse.BodyHandlers.discarding())
                        .statusCode()
                == 200;
    }

    /** The HTTP status of the last failed request on this thread, for the error summary. */
    static final ThreadLocal<Integer> LAST_STATUS = new ThreadLocal<>();

    private static String checkId(HttpResponse<String> response) throws IOException {
        if (response.statusCode() != 201) {
            LAST_STATUS.set(response.statusCode());
            return null;
        }
        return JSON.readTree(response.body()).path("checkId").asText(null);
    }

    private static void part(
            ByteArrayOutputStream body, String boundary, String name, String fileName, String type, byte[] content)
            throws IOException {
        String disposition = "Content-Disposition: form-data; name=\"" + name + "\""
                + (fileName == null ? "" : "; filename=\"" + fileName + "\"");
        body.write(("--" + boundary + "\r\n" + disposition + "\r\nContent-Type: " + type + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write("\r\n".getBytes(StandardCharsets.UTF_8));
    }
}
