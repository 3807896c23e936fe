package org.yici.engine.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.yici.engine.PostgresSchema;
import org.yici.engine.ingest.CheckWithFilesTest;

/**
 * Two service processes from the packaged jar on one throw-away PostgreSQL schema, files in the
 * database ({@code yici.storage.kind=database}). Checks (JSON and with files), asynchronous jobs
 * with scanned files and notice prints go through both; node A is killed with SIGKILL while it
 * runs jobs and while requests are still arriving. Then everything either node acknowledged must
 * be there and be served by the survivor B: every check, every file's bytes, every job (those A
 * had claimed finished by B, each with one check), every notice with the number it was printed
 * with, and no notice number twice. An idempotent retry sent to the other node, and the same key
 * sent to both at once, answer one check.
 */
class TwoNodeFailoverJarIT {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String KEY = "yk_two_node_failover_test_key_not_a_secret_0123";
    static final Pattern CLAIMER = Pattern.compile("job workers started: \\d+ worker\\(s\\) as (w-[0-9A-Z]+)");
    /** A job whose node died is taken over after this; short, so the test stays bounded. */
    static final Duration STALE_AFTER = Duration.ofSeconds(6);

    static final String JSON_REQUEST =
            """
            {"matter": "GTGSH-SL", "applicationDate": "2026-03-02", "channel": "WINDOW",
             "applicant": {"type": "PERSON", "name": "张三", "idNumber": "11010519491231002X"},
             "materials": [
               {"id": "m1", "code": "GTGSH-SL-01", "form": "ORIGINAL", "copies": 1},
               {"id": "m2", "code": "GTGSH-SL-02", "form": "COPY", "copies": %d}]}
            """;

    static final String FILE_REQUEST =
            """
            {"matter": "GTGSH-SL", "applicationDate": "2026-03-02", "channel": "ONLINE",
             "applicant": {"type": "PERSON", "name": "张三", "idNumber": "11010519491231002X"},
             "materials": [
               {"id": "form", "code": "GTGSH-SL-01", "file": "apply.pdf"},
               {"id": "lease", "code": "GTGSH-SL-03", "file": "lease.png"}]}
            """;

    @TempDir
    Path dir;

    final PostgresSchema schema = new PostgresSchema();
    final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final List<ServiceNode> nodes = new ArrayList<>();

    /** What a node answered with success: the survivor must serve all of it. */
    record AckCheck(String checkId, String decision) {}

    record AckFile(String checkId, String sha256, byte[] content) {}

    record AckJob(String jobId) {}

    record AckNotice(String checkId, String number) {}

    final List<AckCheck> checks = new CopyOnWriteArrayList<>();
    final List<AckFile> files = new CopyOnWriteArrayList<>();
    final List<AckJob> jobs = new CopyOnWriteArrayList<>();
    final List<AckNotice> notices = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopNodesAndDropSchema() {
        nodes.forEach(ServiceNode::close);
        schema.drop();
    }

    @Test
    void whatEitherNodeAcknowledgedIsServedByTheSurvivorOfAKill() throws Exception {
        ServiceNode a = start("a");
        ServiceNode b = start("b");
        JdbcTemplate db = new JdbcTemplate(new DriverManagerDataSource(
                PostgresSchema.URL + "?currentSchema=" + schema.name, PostgresSchema.USER, ""));
        String claimerA = claimer(a);
        String claimerB = claimer(b);

        // Both nodes, both alive: checks, files, notices through each, and jobs with scans on A.
        for (int i = 0; i < 3; i++) {
            for (ServiceNode node : List.of(a, b)) {
                String checkId = jsonCheck(node, i % 2 + 1, null);
                notice(i % 2 == 0 ? a : b, checkId);
                fileCheck(node);
            }
        }
        idempotentRetryOnTheOtherNodeAnswersTheSameCheck(a, b);
        sameKeyOnBothNodesAtOnceMakesOneCheck(a, b);
        for (int i = 0; i < 3; i++) {
            submitJob(a);
        }
        List<String> claimedByA = awaitRunningOn(db, claimerA);

        // Requests keep arriving at both while A is killed.
        AtomicBoolean driving = new AtomicBoolean(true);
        CompletableFuture<Void> load = CompletableFuture.runAsync(() -> {
            int i = 0;
            while (driving.get()) {
                ServiceNode node = i++ % 2 == 0 ? a : b;
                try {
                    String checkId = jsonCheck(node, 1, null);
                    notice(node, checkId);
                    fileCheck(node);
                } catch (IOException | RuntimeException refused) {
                    // A dead node acknowledges nothing; nothing of it is expected.
                }
            }
        });
        LockSupport.parkNanos(Duration.ofMillis(1500).toNanos());
        a.kill();
        LockSupport.parkNanos(Duration.ofMillis(1500).toNanos());
        driving.set(false);
        load.join();
        assertThat(a.isAlive()).isFalse();

        // The survivor serves all of it.
        for (AckCheck check : checks) {
            JsonNode served = getJson(b, "/api/v1/checks/" + check.checkId());
            assertThat(served.path("decision").asText()).as(check.checkId()).isEqualTo(check.decision());
        }
        for (AckFile file : files) {
            HttpResponse<byte[]> served = http.send(
                    get(b, "/api/v1/checks/" + file.checkId() + "/files/" + file.sha256()),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(served.statusCode())
                    .as(file.checkId() + " " + file.sha256())
                    .isEqualTo(200);
            assertThat(served.body()).isEqualTo(file.content());
        }
        for (AckNotice notice : notices) {
            assertThat(getJson(b, "/api/v1/checks/" + notice.checkId() + "/notice")
                            .path("number")
                            .asText())
                    .isEqualTo(notice.number());
        }
        assertThat(notices.stream().map(AckNotice::number).distinct().count()).isEqualTo(notices.size());
        for (AckJob job : jobs) {
            JsonNode done = awaitFinished(b, job.jobId());
            assertThat(done.path("status").asText()).as(done.toString()).isEqualTo("DONE");
            assertThat(getJson(b, done.path("result").asText()).path("checkId").asText())
                    .isEqualTo(done.path("checkId").asText());
        }
        for (String jobId : claimedByA) {
            assertThat(db.queryForObject("SELECT claimed_by FROM check_job WHERE id = ?", String.class, jobId))
                    .as("job %s, claimed by A when it died, finished by B", jobId)
                    .isEqualTo(claimerB);
        }
        // One check per job, however often it was started: the job's check is the one its key names.
        for (AckJob job : jobs) {
            assertThat(db.queryForObject(
                            "SELECT k.check_id FROM idempotency_key k WHERE k.idem_key = ?",
                            String.class,
                            "job:" + job.jobId()))
                    .isEqualTo(db.queryForObject(
                            "SELECT check_id FROM check_job WHERE id = ?", String.class, job.jobId()));
        }
        long acknowledged = checks.stream().map(AckCheck::checkId).distinct().count();
        assertThat(db.queryForObject("SELECT COUNT(*) FROM check_record", Long.class))
                .as("the checks acknowledged (replays once), the jobs' checks, and any A made as it died")
                .isGreaterThanOrEqualTo(acknowledged + jobs.size());
        assertThat(acknowledged).isGreaterThan(12);
        assertThat(claimedByA).isNotEmpty();
    }

    private ServiceNode start(String name) {
        ServiceNode node = ServiceNode.start(
                name,
                schema,
                dir.resolve(name),
                List.of(
                        "--yici.storage.kind=database",
                        "--yici.jobs.workers=2",
                        "--yici.jobs.poll-interval=250ms",
                        "--yici.jobs.heartbeat-interval=1s",
                        "--yici.jobs.stale-after=" + STALE_AFTER.toSeconds() + "s",
                        "--yici.api-keys.bootstrap[0].name=two-node-it",
                        "--yici.api-keys.bootstrap[0].roles=INTAKE,STAFF",
                        "--yici.api-keys.bootstrap[0].key=" + KEY,
                        "--logging.level.root=WARN",
                        "--logging.level.org.yici.engine.job.JobWorkers=INFO"));
        nodes.add(node);
        awaitKey(node);
        return node;
    }

    /** The API key is created once the application is ready, just after health answers. */
    private void awaitKey(ServiceNode node) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            try {
                if (http.send(get(node, "/api/v1/matters"), HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // keep asking
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
        }
        throw new AssertionError("node " + node.name() + " does not take the API key:\n" + node.log());
    }

    private static String claimer(ServiceNode node) {
        Matcher m = CLAIMER.matcher(node.log());
        assertThat(m.find()).as(node.log()).isTrue();
        return m.group(1);
    }

    private String jsonCheck(ServiceNode node, int copies, String key) throws IOException {
        HttpRequest.Builder request = post(node, "/api/v1/checks")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        String.format(java.util.Locale.ROOT, JSON_REQUEST, copies), StandardCharsets.UTF_8));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        JsonNode answer = send(request.build(), 201, 200);
        String checkId = answer.path("checkId").asText();
        checks.add(new AckCheck(checkId, answer.path("decision").asText()));
        return checkId;
    }

    private void fileCheck(ServiceNode node) throws IOException {
        // Text-layer PDFs: no OCR, so the synchronous checks stay quick on a shared machine.
        byte[] form = textPdf("Application form " + UUID.randomUUID());
        byte[] lease = textPdf("Lease contract " + UUID.randomUUID());
        Multipart body = new Multipart()
                .part("request", null, "application/json", FILE_REQUEST.getBytes(StandardCharsets.UTF_8))
                .part("form", "apply.pdf", "application/pdf", form)
                .part("lease", "lease.pdf", "application/pdf", lease);
        JsonNode answer = send(
                post(node, "/api/v1/checks")
                        .header("Content-Type", body.contentType())
                        .POST(body.publisher())
                        .build(),
                201);
        String checkId = answer.path("checkId").asText();
        checks.add(new AckCheck(checkId, answer.path("decision").asText()));
        files.add(new AckFile(checkId, sha256(form), form));
        files.add(new AckFile(checkId, sha256(lease), lease));
    }

    private void submitJob(ServiceNode node) throws IOException {
        // Several scanned pages: OCR keeps the job running long enough to be caught mid-run.
        byte[] scan = scanPng("房屋租赁合同 " + UUID.randomUUID().toString().substring(0, 8), 20);
        Multipart body = new Multipart()
                .part("request", null, "application/json", FILE_REQUEST.getBytes(StandardCharsets.UTF_8))
                .part("form", "apply.pdf", "application/pdf", textPdf("Form " + UUID.randomUUID()))
                .part("lease", "lease.png", "image/png", scan);
        JsonNode answer = send(
                post(node, "/api/v1/checks?async=true")
                        .header("Content-Type", body.contentType())
                        .POST(body.publisher())
                        .build(),
                202);
        jobs.add(new AckJob(answer.path("jobId").asText()));
    }

    private void notice(ServiceNode node, String checkId) throws IOException {
        JsonNode answer = send(get(node, "/api/v1/checks/" + checkId + "/notice"), 200);
        notices.add(new AckNotice(checkId, answer.path("number").asText()));
    }

    private void idempotentRetryOnTheOtherNodeAnswersTheSameCheck(ServiceNode a, ServiceNode b) throws IOException {
        String key = "retry-" + UUID.randomUUID();
        String first = jsonCheck(a, 1, key);
        String retried = jsonCheck(b, 1, key);
        assertThat(retried).isEqualTo(first);
    }

    private void sameKeyOnBothNodesAtOnceMakesOneCheck(ServiceNode a, ServiceNode b) {
        for (int round = 0; round < 3; round++) {
            String key = "race-" + UUID.randomUUID();
            Map<String, String> answers = new ConcurrentHashMap<>();
            CompletableFuture.allOf(
                            CompletableFuture.runAsync(() -> answers.put("a", uncheckedJsonCheck(a, key))),
                            CompletableFuture.runAsync(() -> answers.put("b", uncheckedJsonCheck(b, key))))
                    .join();
            assertThat(answers.get("a")).isEqualTo(answers.get("b"));
        }
    }

    private String uncheckedJsonCheck(ServiceNode node, String key) {
        try {
            return jsonCheck(node, 2, key);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The jobs A has claimed and is running; waits until there is one. */
    private List<String> awaitRunningOn(JdbcTemplate db, String claimer) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            List<String> running = db.queryForList(
                    "SELECT id FROM check_job WHERE status = 'RUNNING' AND claimed_by = ?", String.class, claimer);
            if (!running.isEmpty()) {
                return running;
            }
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        }
        throw new AssertionError("node A never ran a job: " + db.queryForList("SELECT * FROM check_job"));
    }

    private JsonNode awaitFinished(ServiceNode node, String jobId) throws IOException {
        // Stale after STALE_AFTER, then OCR of the job's scan on a shared machine.
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        JsonNode job = null;
        while (Instant.now().isBefore(deadline)) {
            job = getJson(node, "/api/v1/jobs/" + jobId);
            String status = job.path("status").asText();
            if (status.equals("DONE") || status.equals("FAILED")) {
                return job;
            }
            LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
        }
        throw new AssertionError("job " + jobId + " not finished: " + job + "\n" + node.log());
    }

    private JsonNode getJson(ServiceNode node, String path) throws IOException {
        return send(get(node, path), 200);
    }

    private HttpRequest get(ServiceNode node, String path) {
        return HttpRequest.newBuilder(node.uri(path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + KEY)
                .GET()
                .build();
    }

    private HttpRequest.Builder post(ServiceNode node, String path) {
        return HttpRequest.newBuilder(node.uri(path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + KEY);
    }

    private JsonNode send(HttpRequest request, int... expected) throws IOException {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        Set<Integer> ok = new HashSet<>();
        for (int status : expected) {
            ok.add(status);
        }
        assertThat(ok)
                .as(request.method() + " " + request.uri() + " -> " + response.statusCode() + " " + response.body())
                .contains(response.statusCode());
        return JSON.readTree(response.body());
    }

    static String sha256(byte[] content) {
        return org.yici.engine.storage.FileStore.sha256(content);
    }

    static byte[] textPdf(String text) throws IOException {
        return CheckWithFilesTest.textPdf(text);
    }

    static byte[] scanPng(String title, int lines) throws IOException {
        BufferedImage image = new BufferedImage(1240, 1754, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setColor(Color.BLACK);
            Font font = cjkFont();
            g.setFont(font.deriveFont(Font.PLAIN, 40f));
            g.drawString(title, 120, 160);
            g.setFont(font.deriveFont(Font.PLAIN, 28f));
            for (int i = 0; i < lines; i++) {
                g.drawString("第" + (i + 1) + "条 出租方将位于示例县幸福路" + (i + 8) + "号的房屋出租给承租方使用。", 120, 240 + i * 36);
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static Font cjkFont() {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new File("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"));
        } catch (java.awt.FontFormatException | IOException e) {
            throw new AssertionError("the CJK font the notices use is needed here too", e);
        }
    }

    /** A multipart/form-data body for {@link HttpClient}. */
    static final class Multipart {
        private final String boundary = "yici-" + UUID.randomUUID();
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();

        Multipart part(String name, String fileName, String type, byte[] content) {
            String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                    + (fileName == null ? "" : "; filename=\"" + fileName + "\"") + "\r\nContent-Type: " + type
                    + "\r\n\r\n";
            body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
            return this;
        }

        String contentType() {
            return "multipart/form-data; boundary=" + boundary;
        }

        HttpRequest.BodyPublisher publisher() {
            byte[] all = body.toByteArray();
            byte[] end = ("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
            byte[] whole = new byte[all.length + end.length];
            System.arraycopy(all, 0, whole, 0, all.length);
            System.arraycopy(end, 0, whole, all.length, end.length);
            return HttpRequest.BodyPublishers.ofByteArray(whole);
        }
    }
}
