package org.yici.ingest;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The PP-OCR models, loaded once and shared: ONNX Runtime sessions are safe to run from several
 * threads at once. With a pool thread per core each session runs one operator thread: pages run in
 * parallel on the pool instead, which keeps every core busy with less synchronisation than
 * operator threads would.
 */
final class PaddleModels implements AutoCloseable {
    static final String DETECTOR = "ch_PP-OCRv4_det_infer.onnx";
    static final String RECOGNISER = "ch_PP-OCRv4_rec_infer.onnx";
    static final String CLASSIFIER = "ch_ppocr_mobile_v2.0_cls_infer.onnx";
    static final String DICTIONARY = "ppocr_keys_v1.txt";
    static final String INSTALL_COMMAND = "scripts/install-models.sh";

    private static final String MANIFEST = "paddle/models.sha256";

    final OrtEnvironment environment;
    final OrtSession detector;
    final OrtSession classifier;
    final OrtSession recogniser;
    /** Index 0 is the CTC blank; then the dictionary's characters; last a space. */
    final String[] characters;

    private final int operatorThreads;

    private PaddleModels(Path folder, int operatorThreads) throws OrtException, IOException {
        this.operatorThreads = operatorThreads;
        environment = OrtEnvironment.getEnvironment();
        detector = open(folder.resolve(DETECTOR));
        classifier = open(folder.resolve(CLASSIFIER));
        recogniser = open(folder.resolve(RECOGNISER));
        List<String> keys = Files.readAllLines(folder.resolve(DICTIONARY), StandardCharsets.UTF_8);
        List<String> all = new ArrayList<>(keys.size() + 2);
        all.add("");
        // The recogniser now and then reads the enumeration comma 、 as the radical 丶, which no
        // document of ours writes on its own (seen on both corpus splits): read it as the comma.
        keys.forEach(k -> all.add(k.equals("丶") ? "、" : k));
        all.add(" ");
        characters = all.toArray(String[]::new);
    }

    /**
     * Checks every model file against the pinned digests, then opens the sessions.
     *
     * @throws IllegalStateException naming the missing or altered file and the command that
     *     installs the right one
     */
    static PaddleModels load(Path folder, int poolThreads) {
        verify(folder);
        try {
            // Fewer pool threads than cores (a small pool by configuration) leave cores to the operators.
            int cores = Runtime.getRuntime().availableProcessors();
            return new PaddleModels(folder, Math.max(1, cores / Math.max(1, poolThreads)));
        } catch (OrtException | IOException e) {
            throw new IllegalStateException(
                    "PP-OCR models in " + folder + " could not be loaded: " + e.getMessage(), e);
        }
    }

    /** The file names and SHA-256 digests of the pinned model release. */
    static Map<String, String> pinned() {
        Map<String, String> digests = new LinkedHashMap<>();
        try (InputStream in = PaddleModels.class.getResourceAsStream(MANIFEST)) {
            if (in == null) {
                throw new IllegalStateException("model manifest missing from the build: " + MANIFEST);
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.trim().split("\\s+");
                    digests.put(parts[1], parts[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return digests;
    }

    /**
     * @throws IllegalStateException when a pinned file is missing or has other bytes
     */
    static void verify(Path folder) {
        for (Map.Entry<String, String> pin : pinned().entrySet()) {
            Path file = folder.resolve(pin.getKey());
            if (!Files.isRegularFile(file)) {
                throw new IllegalStateException("OCR model missing: " + file.toAbsolutePath() + " (install it with "
                        + INSTALL_COMMAND + ", or set YICI_OCR_MODELS to the folder holding it)");
            }
            String actual = sha256(file);
            if (!actual.equals(pin.getValue())) {
                throw new IllegalStateException("OCR model " + file.toAbsolutePath() + " has SHA-256 " + actual
                        + ", expected " + pin.getValue() + " (reinstall it with " + INSTALL_COMMAND + ")");
            }
        }
    }

    private static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private OrtSession open(Path model) throws OrtException {
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(operatorThreads);
            options.setInterOpNumThreads(1);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            // The arena stays on: without it every run of the detector at 1280 px maps and faults
            // in its large intermediate tensors afresh (thread CPU 1.7 s a page against 0.25 s,
            // and a larger resident set). What it keeps is bounded, as the inputs are: the
            // detector's side is capped and lines are read in batches of bounded width.
            // Memory patterns are planned for one input shape, and every page and line differs.
            options.setMemoryPatternOptimization(false);
            // Operator threads that spin while idle take the core another page's OCR needs.
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            return environment.createSession(model.toString(), options);
        }
    }

    /** Closes the sessions once the pool's running pages are done (waits in the background). */
    void closeWhenIdle(ExecutorService pool) {
        Thread closer = new Thread(
                () -> {
                    try {
                        pool.awaitTermination(10, TimeUnit.MINUTES);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    close();
                },
                "yici-ocr-models-close");
        closer.setDaemon(true);
        closer.start();
    }

    @Override
    public void close() {
        for (OrtSession s : List.of(detector, classifier, recogniser)) {
            try {
                s.close();
            } catch (OrtException e) {
                // Closing at shutdown; nothing left to do with a session that will not close.
            }
        }
    }
}
