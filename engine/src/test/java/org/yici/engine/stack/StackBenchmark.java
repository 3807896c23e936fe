package org.yici.engine.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.yici.engine.OwnDataFolder;
import org.yici.engine.job.Uploads;
import org.yici.ingest.IngestConfig;
import org.yici.ingest.Ingestor;
import org.yici.ingest.corpus.Split;
import org.yici.ingest.corpus.StackCorpus;

/**
 * Issue 18's measure: generated whole-package stacks (StackCorpus) sent as one {@code files} part,
 * and the same documents sent file by file (one {@code file} part each, matched by content the same
 * way), through the real REST API, OCR and rules. Counts pages assigned to the right material,
 * documents cut at the right pages, and stacks whose decision and findings equal the file-by-file
 * check's. TUNE is what the splitter was developed on; HELD_OUT was not looked at before this run.
 *
 * <pre>
 * ./mvnw -q -pl engine -am test -Dtest=StackBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dyici.benchmark.stack=../docs/benchmarks/stack.md -Dyici.benchmark.stacks=8
 * </pre>
 */
@OwnDataFolder
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "yici.jobs.enabled=true")
@EnabledIfSystemProperty(named = "yici.benchmark.stack", matches = ".+")
class StackBenchmark {
    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Autowired
    IngestConfig ingestConfig;

    /** What one split scored. */
    private static final class Score {
        int stacks, pages, pagesRight, blank, blankRight, documents, documentsRight, same;
        long stackMs, fileByFileMs;
        final List<String> wrong = new ArrayList<>();
    }

    @Test
    void measure() throws Exception {
        int count = Integer.getInteger("yici.benchmark.stacks", 8);
        StringBuilder md = new StringBuilder();
        md.append("# Whole-stack scans: split, match, check (issue 18)\n\n");
        md.append(String.format(
                Locale.ROOT,
                "Measured %s on the project's machine: %d generated stacks per split (`StackCorpus`: GTGSH-SL"
                        + " packages, 200 dpi, shuffled, blank separators, two-sided ID cards, two-page leases,"
                        + " ~30 %% of pages degraded, a document missing in ~25 %%, a licence, a health"
                        + " certificate or another person's ID card added in some, an agent in ~40 %%), each sent"
                        + " as `files` parts three ways: one scanned PDF; one JPEG photo per page (a document runs"
                        + " on across files); and two PDFs, the second starting inside the stack's first document of"
                        + " two pages or more.\n\n",
                LocalDate.now(java.time.ZoneOffset.UTC),
                count));
        md.append("Reproduce:\n\n```bash\nexport YICI_OCR_MODELS=/path/to/models/ppocr OMP_THREAD_LIMIT=1\n"
                + "./mvnw -B -o -q -pl rules,pdf-ingest,engine test -Dtest=StackBenchmark"
                + " -Dsurefire.failIfNoSpecifiedTests=false \\\n    -Dyici.benchmark.stack=$PWD/docs/benchmarks/stack.md"
                + " -Dyici.benchmark.stacks=" + count + "\n```\n\n");
        md.append("- **pages right**: a page of a document is assigned to exactly the material the document is"
                + " (none for a document the checklist does not ask for); a blank separator is dropped.\n");
        md.append("- **documents right**: a document comes out as one document with exactly its pages (across"
                + " files too: `stacks[].documents[].pages` names each page's file and page).\n");
        md.append("- **same as file by file**: the stack's decision and findings (code and material) equal"
                + " those of the same documents sent as separate files without material ids, in the same pictures"
                + " (scans: a PDF per document; photos: a one-page document as its photo, a longer one as a"
                + " multi-page TIFF of the same pixels).\n\n");
        md.append(
                "| split | sent as | stacks | pages | pages right | blank pages dropped | documents | documents right |"
                        + " same as file by file | s per stack (stack) | s per stack (file by file) |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
        List<String> wrongs = new ArrayList<>();
        List<Shape> shapes = shapes();
        for (Split split : Split.values()) {
            Map<Shape, Score> scores = new java.util.LinkedHashMap<>();
            shapes.forEach(shape -> scores.put(shape, new Score()));
            for (StackCorpus.Stack stack : StackCorpus.stacks(split, count)) {
                measure(stack, scores);
            }
            scores.forEach((shape, s) -> {
                md.append(String.format(
                        Locale.ROOT,
                        "| %s | %s | %d | %d | %s | %s | %d | %s | %s | %.1f | %.1f |\n",
                        split,
                        shape.label,
                        s.stacks,
                        s.pages,
                        share(s.pagesRight, s.pages),
                        share(s.blankRight, s.blank),
                        s.documents,
                        share(s.documentsRight, s.documents),
                        share(s.same, s.stacks),
                        s.stackMs / 1000.0 / s.stacks,
                        s.fileByFileMs / 1000.0 / s.stacks));
                s.wrong.forEach(w -> wrongs.add(split + " " + w));
            });
        }
        md.append("\n")
                .append(
                        "How to read it: both ways, a scan sent at the window without a material counts as original or copy (a scan cannot show which; staff are warned to confirm the paper). `MISSING_SIGNATURE` and `EXPIRED` come from the generated sheets themselves (unsigned, TUNE leases end before 2026) and are the same both ways. Every stack whose answer differs is listed below with both answers.\n\n");
        md.append("What went wrong:\n\n");
        wrongs.forEach(w -> md.append("- ").append(w).append('\n'));
        if (wrongs.isEmpty()) {
            md.append("- none\n");
        }
        int longPages = Integer.getInteger("yici.benchmark.longStack", 40);
        if (longPages > 0) {
            longStack(md, longPages);
        }
        Files.writeString(Path.of(System.getProperty("yici.benchmark.stack")), md.toString());
    }

    /**
     * A stack of {@code pages} pages (the TUNE stacks' pages one after another) sent through the
     * async job API, against the time the same PDF takes just to be read: text layer and OCR by a
     * plain {@link Ingestor} of the service's configuration, with no look at seals or signatures
     * (those are part of the check). What splitting, looking, matching and checking add, and
     * whether the job reports every page as it is read.
     *
     * <p>How it is kept fair: both paths run once untimed first (JIT, OCR sessions, the service's
     * first job); every timed run starts from a collected heap (a run that inherits the last one's
     * garbage pays for its concurrent collection); reading and checking alternate, in turn first,
     * {@code yici.benchmark.longStackRuns} times (5), and the medians are reported beside each run.
     * The check's time is the job's own, from its creation to its end as the service records them,
     * so the client's polling interval does not round it; the client polls every {@code
     * yici.benchmark.pollMs} (250 ms: about every page, a quarter of the {@code Retry-After} the
     * service asks for). Process CPU time and CPU time by thread say what each path cost the
     * machine, whatever else ran on it.
     */
    private void longStack(StringBuilder md, int pages) throws Exception {
        List<java.awt.image.BufferedImage> images = new ArrayList<>();
        for (StackCorpus.Stack s : StackCorpus.stacks(Split.TUNE, 12)) {
            for (java.awt.image.BufferedImage image : s.images()) {
                if (images.size() < pages) {
                    images.add(image);
                }
            }
        }
        StackCorpus.Stack first = StackCorpus.stacks(Split.TUNE, 1).get(0);
        byte[] pdf = stackOf(first, images).pdf();
        int runs = Integer.getInteger("yici.benchmark.longStackRuns", 5);
        long pollMs = Long.getLong("yici.benchmark.pollMs", 250);
        StringBuilder rows = new StringBuilder();
        List<Double> reads = new ArrayList<>(), checks = new ArrayList<>(), overheads = new ArrayList<>();
        List<Double> readCpus = new ArrayList<>(), checkCpus = new ArrayList<>(), cpuOverheads = new ArrayList<>();
        Map<String, List<Double>> readThreads = new java.util.TreeMap<>(), checkThreads = new java.util.TreeMap<>();
        double load0 = loadAverage();
        try (Ingestor reader = Ingestor.create(ingestConfig)) {
            // Untimed: the OCR threads load their sessions, the JIT compiles both paths.
            reader.ingest(pdf, "warm-up.pdf");
            job(first, pdf, new java.util.TreeSet<>(), pollMs);
            for (int run = 1; run <= runs; run++) {
                Measured read = null, check = null;
                Set<Integer> progressSeen = new java.util.TreeSet<>();
                String[] status = new String[1];
                for (int turn = 0; turn < 2; turn++) {
                    boolean readNow = (turn == 0) == (run % 2 == 1);
                    if (readNow) {
                        read = measured(() -> {
                            reader.ingest(pdf, "long-stack.pdf");
                            return -1;
                        });
                    } else {
                        check = measured(() -> {
                            JsonNode job = job(first, pdf, progressSeen, pollMs);
                            status[0] = job.path("status").asText();
                            return java.time.Duration.between(
                                            java.time.Instant.parse(
                                                    job.path("createdAt").asText()),
                                            java.time.Instant.parse(
                                                    job.path("finishedAt").asText()))
                                    .toNanos();
                        });
                    }
                }
                reads.add(read.seconds());
                checks.add(check.seconds());
                overheads.add(100 * (check.seconds() / read.seconds() - 1));
                readCpus.add(read.cpuSeconds());
                checkCpus.add(check.cpuSeconds());
                cpuOverheads.add(100 * (check.cpuSeconds() / read.cpuSeconds() - 1));
                read.threads().forEach((k, v) -> readThreads
                        .computeIfAbsent(k, x -> new ArrayList<>())
                        .add(v));
                check.threads().forEach((k, v) -> checkThreads
                        .computeIfAbsent(k, x -> new ArrayList<>())
                        .add(v));
                rows.append(String.format(
                        Locale.ROOT,
                        "| %d | %s | %d | %.1f | %.1f (client %.1f) | %+.1f %% | %.1f | %.1f | %+.1f %% | %s | %d (of %d pages) |%n",
                        run,
                        run % 2 == 1 ? "read, check" : "check, read",
                        images.size(),
                        read.seconds(),
                        check.seconds(),
                        check.clientSeconds(),
                        overheads.get(overheads.size() - 1),
                        read.cpuSeconds(),
                        check.cpuSeconds(),
                        cpuOverheads.get(cpuOverheads.size() - 1),
                        status[0],
                        progressSeen.size(),
                        images.size()));
            }
        }
        md.append(String.format(
                Locale.ROOT,
                "%n## A %d-page stack through the async job API%n%n"
                        + "The TUNE stacks' pages one after another as one %d-page PDF (%.1f MB), sent as a `files` part to"
                        + " `POST /api/v1/checks?async=true` and polled every %d ms until done, against the same PDF"
                        + " only read (text layer and OCR by a plain `Ingestor` of the service's configuration in the"
                        + " same process; no seal or signature look). Both ran once untimed first; each timed run"
                        + " starts from a collected heap; reading and checking alternate, in turn first, %d times. The"
                        + " check's time is the job's own (`createdAt` to `finishedAt`; the client's, up to one poll"
                        + " later, in brackets). CPU is the whole process's (every thread, the collector's too)."
                        + " Load average (1 min) %.1f at the start, %.1f at the end.%n%n"
                        + "| run | order | pages | only read (s) | whole async check (s) | overhead | read CPU (s) |"
                        + " check CPU (s) | CPU overhead | job status | distinct pagesDone values seen |%n"
                        + "|---|---|---|---|---|---|---|---|---|---|---|%n",
                images.size(),
                images.size(),
                pdf.length / 1e6,
                pollMs,
                runs,
                load0,
                loadAverage()));
        md.append(rows);
        md.append(String.format(
                Locale.ROOT,
                "| **median** | | %d | **%.1f** | **%.1f** | **%+.1f %%** | **%.1f** | **%.1f** | **%+.1f %%** | | |%n",
                images.size(),
                median(reads),
                median(checks),
                median(overheads),
                median(readCpus),
                median(checkCpus),
                median(cpuOverheads)));
        md.append("\nCPU seconds by thread, median of the runs (`/proc/self/task`, 100 ticks a second; the OS's thread"
                + " names, at most 15 characters, threads named alike counted together; a thread that ended"
                + " during a run is only in the process CPU above):\n\n"
                + "| threads | only read | whole async check |\n|---|---|---|\n");
        Set<String> names = new java.util.TreeSet<>(readThreads.keySet());
        names.addAll(checkThreads.keySet());
        for (String name : names) {
            double r = median(readThreads.getOrDefault(name, List.of(0.0)));
            double c = median(checkThreads.getOrDefault(name, List.of(0.0)));
            if (r >= 0.05 || c >= 0.05) {
                md.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f |%n", name, r, c));
            }
        }
    }

    /** What one timed path took: wall seconds (the job's own for a check), the client's, CPU. */
    private record Measured(double seconds, double clientSeconds, double cpuSeconds, Map<String, Double> threads) {}

    @FunctionalInterface
    private interface Timed {
        /** Runs the path; its own duration in nanoseconds, or negative to take the client's. */
        long run() throws Exception;
    }

    /** Runs {@code path} from a collected heap, timing it by the wall, the process CPU and threads. */
    private static Measured measured(Timed path) throws Exception {
        System.gc();
        Map<String, Long> threads0 = threadCpu();
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        long own = path.run();
        double client = (System.nanoTime() - t0) / 1e9;
        double cpu = (processCpuNanos() - cpu0) / 1e9;
        return new Measured(own < 0 ? client : own / 1e9, client, cpu, byName(threads0, threadCpu()));
    }

    @org.yici.engine.SuppressForbidden("the process CPU time is only in the JDK's exported com.sun.management API")
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean)
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /**
     * CPU ticks of every OS thread of this process by name (Linux {@code /proc/self/task}): the
     * collector's, the JIT's and native threads too, which {@code ThreadMXBean} does not see. Names
     * are the OS's (at most 15 characters), their trailing numbers cut so that pools add up.
     */
    private static Map<String, Long> threadCpu() throws java.io.IOException {
        Map<String, Long> ticks = new HashMap<>();
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return ticks;
        }
        try (var dirs = Files.list(tasks)) {
            for (Path task : dirs.toList()) {
                String stat;
                try {
                    stat = Files.readString(task.resolve("stat"), StandardCharsets.UTF_8);
                } catch (java.io.IOException e) {
                    continue; // the thread ended meanwhile
                }
                int open = stat.indexOf('('), close = stat.lastIndexOf(')');
                String name = stat.substring(open + 1, close).replaceAll("[-#]?\\d+$", "-N");
                String[] fields = stat.substring(close + 2).split(" ");
                // After the name: state is field 3 of stat(5); utime and stime are fields 14 and 15.
                long used = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                ticks.merge(name + "@" + task.getFileName(), used, Long::sum);
            }
        }
        return ticks;
    }

    /** CPU seconds spent between two snapshots, by thread name (a thread born meanwhile from 0). */
    private static Map<String, Double> byName(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Double> out = new HashMap<>();
        after.forEach((key, t) -> out.merge(
                key.substring(0, key.lastIndexOf('@')), (t - before.getOrDefault(key, 0L)) / 100.0, Double::sum));
        return out;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static StackCorpus.Stack stackOf(StackCorpus.Stack first, List<java.awt.image.BufferedImage> images) {
        return new StackCorpus.Stack(
                "long-stack",
                first.applicantName(),
                first.applicantId(),
                first.agentName(),
                first.agentId(),
                List.of(),
                List.of(),
                images);
    }

    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** Sends the stack as an async check and polls it until done, noting each pagesDone value. */
    private JsonNode job(StackCorpus.Stack first, byte[] pdf, Set<Integer> progressSeen, long pollMs) throws Exception {
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        HttpHeaders jsonPart = new HttpHeaders();
        jsonPart.setContentType(MediaType.APPLICATION_JSON);
        parts.add("request", new HttpEntity<>(request(first).getBytes(StandardCharsets.UTF_8), jsonPart));
        parts.add("files", Uploads.file(pdf, "long-stack.pdf"));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        ResponseEntity<String> accepted =
                http.postForEntity("/api/v1/checks?async=true", new HttpEntity<>(parts, headers), String.class);
        if (accepted.getStatusCode().value() != 202) {
            throw new IllegalStateException(accepted.getStatusCode() + " " + accepted.getBody());
        }
        String location = accepted.getHeaders().getLocation().toString();
        while (true) {
            JsonNode job = json.readTree(http.getForObject(location, String.class));
            progressSeen.add(job.path("progress").path("pagesDone").asInt());
            String status = job.path("status").asText();
            if (status.equals("DONE") || status.equals("FAILED")) {
                return job;
            }
            Thread.sleep(pollMs);
        }
    }

    /** The shapes to send each stack in: {@code yici.benchmark.stackShapes}, default all. */
    private static List<Shape> shapes() {
        String names = System.getProperty("yici.benchmark.stackShapes", "");
        if (names.isBlank()) {
            return List.of(Shape.values());
        }
        return java.util.Arrays.stream(names.split(","))
                .map(n -> Shape.valueOf(n.trim().toUpperCase(Locale.ROOT)))
                .toList();
    }

    private static String share(int right, int all) {
        return all == 0 ? "—" : String.format(Locale.ROOT, "%.3f (%d/%d)", (double) right / all, right, all);
    }

    /**
     * How a stack reaches the service: one scanned PDF; one photo per page (JPEG, as phones send
     * them); or scanned in two PDFs, the second starting inside a document of two or more pages.
     */
    enum Shape {
        ONE_PDF("one PDF"),
        PHOTOS("a photo per page"),
        TWO_PDFS("two PDFs, split inside a document");

        final String label;

        Shape(String label) {
            this.label = label;
        }
    }

    /** The files a stack is sent as, and where each of its pages lands: "file:page". */
    private record Sent(List<Part> parts, Map<Integer, String> places) {}

    private static Sent send(StackCorpus.Stack stack, Shape shape) throws java.io.IOException {
        int pages = stack.images().size();
        List<Part> parts = new ArrayList<>();
        Map<Integer, String> places = new HashMap<>();
        switch (shape) {
            case ONE_PDF -> {
                parts.add(new Part("files", stack.name() + ".pdf", stack.pdf()));
                for (int p = 1; p <= pages; p++) {
                    places.put(p, stack.name() + ".pdf:" + p);
                }
            }
            case PHOTOS -> {
                for (int p = 1; p <= pages; p++) {
                    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                    javax.imageio.ImageIO.write(stack.images().get(p - 1), "jpg", out);
                    String name = stack.name() + "-photo" + p + ".jpg";
                    parts.add(new Part("files", name, out.toByteArray()));
                    places.put(p, name + ":1");
                }
            }
            case TWO_PDFS -> {
                int cut = splitInside(stack);
                List<Integer> a = new ArrayList<>(), b = new ArrayList<>();
                for (int p = 1; p <= pages; p++) {
                    (p <= cut ? a : b).add(p);
                    places.put(p, p <= cut ? stack.name() + "-a.pdf:" + p : stack.name() + "-b.pdf:" + (p - cut));
                }
                parts.add(new Part("files", stack.name() + "-a.pdf", stack.pdf(a)));
                parts.add(new Part("files", stack.name() + "-b.pdf", stack.pdf(b)));
            }
        }
        return new Sent(parts, places);
    }

    /** The last page of the first file: the first page of the stack's first document of two pages or more. */
    private static int splitInside(StackCorpus.Stack stack) {
        return stack.documents().stream()
                .filter(d -> d.pages().size() > 1)
                .map(d -> d.pages().get(0))
                .findFirst()
                .orElse(stack.images().size() / 2);
    }

    private void measure(StackCorpus.Stack stack, Map<Shape, Score> scores) throws Exception {
        String request = request(stack);
        Map<Boolean, JsonNode> byFile = new HashMap<>();
        Map<Boolean, Long> byFileMs = new HashMap<>();
        for (Shape shape : scores.keySet()) {
            Score s = scores.get(shape);
            Sent sent = send(stack, shape);
            // File by file, each document in the same pictures: scans as PDFs, photos as photos.
            boolean photos = shape == Shape.PHOTOS;
            if (!byFile.containsKey(photos)) {
                long f0 = System.nanoTime();
                byFile.put(photos, post(request, separately(stack, sent, photos)));
                byFileMs.put(photos, (System.nanoTime() - f0) / 1_000_000);
            }
            long t0 = System.nanoTime();
            JsonNode whole = post(request, sent.parts());
            s.stackMs += (System.nanoTime() - t0) / 1_000_000;
            s.fileByFileMs += byFileMs.get(photos);
            s.stacks++;
            judge(stack, sent, whole, byFile.get(photos), s, shape == Shape.ONE_PDF ? "" : " (" + shape.label + ")");
        }
    }

    /**
     * The stack's documents as separate files without material ids: each a PDF of its scanned
     * pages; or, for photos, a one-page document as its photo and a longer one as a multi-page TIFF
     * of exactly the photos' pixels (one file must hold all its pages).
     */
    private static List<Part> separately(StackCorpus.Stack stack, Sent sent, boolean photos)
            throws java.io.IOException {
        List<Part> separate = new ArrayList<>();
        for (int i = 0; i < stack.documents().size(); i++) {
            StackCorpus.Document d = stack.documents().get(i);
            String name = stack.name() + "-doc" + (i + 1);
            if (!photos) {
                separate.add(new Part("file", name + ".pdf", stack.pdf(d.pages())));
            } else if (d.pages().size() == 1) {
                separate.add(new Part(
                        "file",
                        name + ".jpg",
                        sent.parts().get(d.pages().get(0) - 1).content()));
            } else {
                List<java.awt.image.BufferedImage> pictures = new ArrayList<>();
                for (int p : d.pages()) {
                    pictures.add(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(
                            sent.parts().get(p - 1).content())));
                }
                separate.add(new Part("file", name + ".tif", tiff(pictures)));
            }
        }
        return separate;
    }

    private static byte[] tiff(List<java.awt.image.BufferedImage> pages) throws java.io.IOException {
        javax.imageio.ImageWriter writer =
                javax.imageio.ImageIO.getImageWritersByFormatName("tiff").next();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (javax.imageio.stream.ImageOutputStream stream = javax.imageio.ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            javax.imageio.ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(javax.imageio.ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionType("Deflate");
            writer.prepareWriteSequence(null);
            for (java.awt.image.BufferedImage page : pages) {
                writer.writeToSequence(new javax.imageio.IIOImage(page, null, null), param);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static void judge(
            StackCorpus.Stack stack, Sent sent, JsonNode whole, JsonNode byFile, Score s, String how) {
        Map<String, Set<String>> assigned = new HashMap<>();
        List<Set<String>> cut = new ArrayList<>();
        Set<String> blank = new HashSet<>();
        for (JsonNode view : whole.path("stacks")) {
            String file = view.path("file").asText();
            view.path("blankPages").forEach(p -> blank.add(file + ":" + p.asInt()));
            for (JsonNode d : view.path("documents")) {
                Set<String> pages = new HashSet<>();
                d.path("pages")
                        .forEach(p -> pages.add(
                                p.path("file").asText() + ":" + p.path("page").asInt()));
                cut.add(pages);
                Set<String> codes = new HashSet<>();
                d.path("materials").forEach(m -> codes.add(m.asText()));
                pages.forEach(p -> assigned.put(p, codes));
            }
        }
        for (int p : stack.blankPages()) {
            s.blank++;
            if (blank.contains(sent.places().get(p))) {
                s.blankRight++;
            } else {
                s.wrong.add(stack.name() + how + ": blank page " + p + " kept");
            }
        }
        for (StackCorpus.Document d : stack.documents()) {
            Set<String> truth =
                    d.role().material() == null ? Set.of() : Set.of(d.role().material());
            Set<String> places = new HashSet<>();
            for (int p : d.pages()) {
                s.pages++;
                String place = sent.places().get(p);
                places.add(place);
                Set<String> got = assigned.getOrDefault(place, Set.of());
                if (got.equals(truth)) {
                    s.pagesRight++;
                } else {
                    s.wrong.add(stack.name() + how + ": page " + p + " (" + d.role() + ") assigned to " + got);
                }
            }
            s.documents++;
            if (cut.contains(places)) {
                s.documentsRight++;
            } else {
                s.wrong.add(stack.name() + how + ": " + d.role() + " pages " + d.pages() + " cut as " + cut);
            }
        }
        String a = outcome(whole);
        String b = outcome(byFile);
        if (a.equals(b)) {
            s.same++;
        } else {
            s.wrong.add(stack.name() + how + ": stack " + a + " but file by file " + b);
        }
    }

    /** Decision and sorted findings (code material). */
    private static String outcome(JsonNode result) {
        List<String> findings = new ArrayList<>();
        result.path("findings")
                .forEach(f -> findings.add(
                        f.path("code").asText() + " " + f.path("material").asText("-")));
        findings.sort(null);
        return result.path("decision").asText() + " " + findings;
    }

    private static String request(StackCorpus.Stack stack) {
        String agent = stack.agentName() == null
                ? ""
                : ", \"agent\": {\"name\": \"" + stack.agentName() + "\", \"idNumber\": \"" + stack.agentId() + "\"}";
        return "{\"matter\": \"GTGSH-SL\", \"applicationDate\": \"2026-03-02\", \"channel\": \"WINDOW\","
                + " \"applicant\": {\"type\": \"PERSON\", \"name\": \"" + stack.applicantName() + "\", \"idNumber\": \""
                + stack.applicantId() + "\"}" + agent + ", \"materials\": []}";
    }

    private record Part(String field, String name, byte[] content) {}

    private JsonNode post(String request, List<Part> files) throws Exception {
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        HttpHeaders jsonPart = new HttpHeaders();
        jsonPart.setContentType(MediaType.APPLICATION_JSON);
        parts.add("request", new HttpEntity<>(request.getBytes(StandardCharsets.UTF_8), jsonPart));
        files.forEach(f -> parts.add(f.field(), Uploads.file(f.content(), f.name())));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        ResponseEntity<String> response =
                http.postForEntity("/api/v1/checks", new HttpEntity<>(parts, headers), String.class);
        if (!response.getStatusCode().is2xxSuccessful()) {
            throw new IllegalStateException(response.getStatusCode() + " " + response.getBody());
        }
        return json.readTree(response.getBody());
    }
}
