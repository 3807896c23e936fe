package org.yici.benchmarks.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.yici.ingest.corpus.CjkFonts;
import org.yici.ingest.corpus.Corpus;
import org.yici.ingest.corpus.Degradation;
import org.yici.ingest.corpus.Material;

/**
 * The kill -9 run with two nodes on one database (benchmarks/two-node-kill.sh).
 *
 * <pre>
 * ClusterKill drive BASE_A,BASE_B KEY THREADS SECONDS ACK_FILE
 * ClusterKill verify BASE KEY ACK_FILE JOB_WAIT_SECONDS
 * </pre>
 *
 * {@code drive}: THREADS workers, alternating between the nodes, each round sending a JSON check,
 * printing its notice, a check with a (unique) PDF and an asynchronous check with a scanned page;
 * every answer a node acknowledged (2xx) is appended to ACK_FILE at once as {@code check ID},
 * {@code notice CHECK NUMBER}, {@code file CHECK SHA256} or {@code job ID}. Failed requests (a
 * killed node) are counted, not recorded. {@code verify}: asks BASE for every acknowledged item
 * (waiting up to JOB_WAIT_SECONDS for jobs to finish) and prints a Markdown table of acknowledged
 * vs found per kind; exits 1 if anything is missing.
 */
public final class ClusterKill {
    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String key;

    private ClusterKill(String key) {
        this.key = key;
    }

    public static void main(String[] args) throws Exception {
        if (args.length >= 6 && args[0].equals("drive")) {
            List<URI> nodes =
                    java.util.Arrays.stream(args[1].split(",")).map(URI::create).toList();
            new ClusterKill(args[2])
                    .drive(
                            nodes,
                            Integer.parseInt(args[3]),
                            Duration.ofSeconds(Long.parseLong(args[4])),
                            Path.of(args[5]));
        } else if (args.length >= 5 && args[0].equals("verify")) {
            boolean complete = new ClusterKill(args[2])
                    .verify(URI.create(args[1]), Path.of(args[3]), Duration.ofSeconds(Long.parseLong(args[4])));
            System.exit(complete ? 0 : 1);
        } else {
            System.err.println("usage: ClusterKill drive BASE_A,BASE_B KEY THREADS SECONDS ACK_FILE\n"
                    + "       ClusterKill verify BASE KEY ACK_FILE JOB_WAIT_SECONDS");
            System.exit(2);
        }
    }

    private void drive(List<URI> nodes, int threads, Duration duration, Path acks) throws Exception {
        byte[] scan = Corpus.page(
                        Material.ID_CARD,
                        Degradation.CLEAN,
                        CjkFonts.renderingFonts(1).get(0))
                .encoded();
        AtomicBoolean running = new AtomicBoolean(true);
        Map<String, Integer> failures = new java.util.concurrent.ConcurrentHashMap<>();
        try (BufferedWriter log = Files.newBufferedWriter(
                acks, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            List<Thread> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                Thread worker = new Thread(() -> {
                    int round = first;
                    while (running.get()) {
                        URI node = nodes.get(round++ % nodes.size());
                        try {
                            round(node, scan, log);
                        } catch (IOException | RuntimeException e) {
                            failures.merge(e.getClass().getSimpleName(), 1, Integer::sum);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                    }
                });
                worker.start();
                workers.add(worker);
            }
            Thread.sleep(duration.toMillis());
            running.set(false);
            for (Thread worker : workers) {
                worker.join();
            }
        }
        System.err.println("failed requests (a killed node answers nothing): " + failures);
    }

    private void round(URI node, byte[] scan, BufferedWriter log) throws IOException, InterruptedException {
        JsonNode check = send(post(node, "/api/v1/checks", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Workloads.PAPER_PACKAGE, StandardCharsets.UTF_8))
                .build());
        String checkId = check.path("checkId").asText();
        ack(log, "check " + checkId);
        JsonNode notice = send(get(node, "/api/v1/checks/" + checkId + "/notice"));
        ack(log, "notice " + checkId + " " + notice.path("number").asText());

        byte[] pdf = textPdf("Application form " + UUID.randomUUID());
        String boundary = "yici-" + UUID.randomUUID();
        JsonNode withFile = send(post(node, "/api/v1/checks", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, "m1", "form.pdf", pdf)))
                .build());
        ack(log, "check " + withFile.path("checkId").asText());
        ack(log, "file " + withFile.path("checkId").asText() + " " + sha256(pdf));

        // A unique scan: the same page with bytes after its end, which a PNG reader ignores.
        byte[] unique = concat(scan, UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII));
        boundary = "yici-" + UUID.randomUUID();
        JsonNode job = send(post(node, "/api/v1/checks?async=true", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, "m2", "id-card.png", unique)))
                .build());
        ack(log, "job " + job.path("jobId").asText());
    }

    private boolean verify(URI base, Path acks, Duration jobWait) throws IOException, InterruptedException {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (String kind : List.of("check", "file", "job", "notice")) {
            counts.put(kind, new int[2]);
        }
        Set<String> numbers = new HashSet<>();
        int duplicateNumbers = 0;
        Instant jobDeadline = Instant.now().plus(jobWait);
        for (String line : Files.readAllLines(acks, StandardCharsets.UTF_8)) {
            String[] f = line.strip().split(" ");
            if (f.length < 2) {
                continue;
            }
            int[] count = counts.get(f[0]);
            count[0]++;
            boolean found =
                    switch (f[0]) {
                        case "check" -> status(get(base, "/api/v1/checks/" + f[1])) == 200;
                        case "file" -> sha256(bytes(get(base, "/api/v1/checks/" + f[1] + "/files/" + f[2])))
                                .equals(f[2]);
                        case "notice" -> f[2].equals(send(get(base, "/api/v1/checks/" + f[1] + "/notice"))
                                .path("number")
                                .asText());
                        case "job" -> jobDone(base, f[1], jobDeadline);
                        default -> throw new IllegalArgumentException(line);
                    };
            if (found) {
                count[1]++;
            }
            if (f[0].equals("notice") && !numbers.add(f[2])) {
                duplicateNumbers++;
            }
        }
        System.out.println("| kind | acknowledged | found on the survivor | missing |");
        System.out.println("|---|---|---|---|");
        boolean complete = duplicateNumbers == 0;
        for (var e : counts.entrySet()) {
            int[] c = e.getValue();
            System.out.printf(Locale.ROOT, "| %s | %d | %d | %d |%n", e.getKey() + "s", c[0], c[1], c[0] - c[1]);
            complete &= c[0] == c[1];
        }
        System.out.printf(Locale.ROOT, "duplicate notice numbers: %d%n", duplicateNumbers);
        return complete;
    }

    /** Whether the job is DONE with a check the node serves, waiting until the deadline. */
    private boolean jobDone(URI base, String id, Instant deadline) throws IOException, InterruptedException {
        while (true) {
            JsonNode job = send(get(base, "/api/v1/jobs/" + id));
            String status = job.path("status").asText();
            if (status.equals("DONE")) {
                return status(get(base, job.path("result").asText())) == 200;
            }
            if (status.equals("FAILED") || Instant.now().isAfter(deadline)) {
                System.err.println("job " + id + ": " + job);
                return false;
            }
            Thread.sleep(500);
        }
    }

    private HttpRequest get(URI node, String path) {
        return HttpRequest.newBuilder(node.resolve(path))
                .timeout(Duration.ofSeconds(60))
                .header("X-API-Key", key)
                .build();
    }

    private HttpRequest.Builder post(URI node, String path, String contentType) {
        return HttpRequest.newBuilder(node.resolve(path))
                .timeout(Duration.ofSeconds(60))
                .header("X-API-Key", key)
                .header("Content-Type", contentType);
    }

    private JsonNode send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() / 100 != 2) {
            throw new IOException(request.uri() + " answered " + response.statusCode());
        }
        return JSON.readTree(response.body());
    }

    private int status(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private byte[] bytes(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        return response.statusCode() == 200 ? response.body() : new byte[0];
    }

    private static void ack(BufferedWriter log, String line) throws IOException {
        synchronized (log) {
            log.write(line);
            log.newLine();
            log.flush();
        }
    }

    private static byte[] multipart(String boundary, String part, String fileName, byte[] content) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String request = Workloads.PAPER_PACKAGE;
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"request\"\r\n"
                        + "Content-Type: application/json\r\n\r\n" + request + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\""
                        + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private static byte[] textPdf(String text) throws IOException {
        try (PDDocument doc = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
