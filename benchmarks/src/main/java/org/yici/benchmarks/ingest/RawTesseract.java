package org.yici.benchmarks.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The system {@code tesseract} command, the baseline the pipeline is measured against. */
final class RawTesseract {
    private RawTesseract() {}

    /** Recognises one image with the CLI defaults (page segmentation 3) or the given PSM. */
    static String recognize(Path image, String languages, Integer psm) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("tesseract", image.toString(), "stdout", "-l", languages));
        if (psm != null) {
            cmd.add("--psm");
            cmd.add(psm.toString());
        }
        return run(cmd);
    }

    /**
     * Recognises a list of images in one process (the model is loaded once), as a batch user of the
     * CLI would; returns the wall-clock seconds.
     */
    static double timeBatch(List<Path> images, Path workDir, String languages, int psm, String tag)
            throws IOException, InterruptedException {
        Path list = workDir.resolve("list-" + tag + ".txt");
        List<String> names = images.stream().map(Path::toString).toList();
        Files.write(list, names, StandardCharsets.UTF_8);
        long t0 = System.nanoTime();
        run(List.of(
                "tesseract",
                list.toString(),
                workDir.resolve("out-" + tag).toString(),
                "-l",
                languages,
                "--psm",
                Integer.toString(psm)));
        return (System.nanoTime() - t0) / 1e9;
    }

    static String run(List<String> cmd) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD);
        // Same condition as the pipeline: one OpenMP thread per engine.
        Map<String, String> env = pb.environment();
        env.put("OMP_THREAD_LIMIT", "1");
        Process p = pb.start();
        String out;
        try (InputStream in = p.getInputStream()) {
            out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (p.waitFor() != 0) {
            throw new IOException("tesseract failed: " + cmd);
        }
        return out;
    }
}
