package org.yici.ingest;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the {@code models/ppocr} folder an installation keeps its PP-OCR models in. */
final class OcrModelFolder {
    private static final int MAX_LEVELS_UP = 5;

    private OcrModelFolder() {}

    /**
     * The nearest {@code models/ppocr} above where this class was loaded from (the repository of a
     * source checkout whether it runs from {@code target/classes} or the packaged service jar),
     * else above the working directory (a module jar from the local Maven repository, run from
     * inside the checkout).
     */
    static Optional<Path> nearestInstalled() {
        return nearestAboveCodeSource().or(() -> nearestAbove(Path.of("").toAbsolutePath()));
    }

    private static Optional<Path> nearestAbove(Path start) {
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("models").resolve("ppocr");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
            if (start.getNameCount() - dir.getNameCount() >= MAX_LEVELS_UP) {
                break;
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> nearestAboveCodeSource() {
        try {
            var source = OcrModelFolder.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            String location = source.getLocation().toString();
            // Spring Boot's nested jar URLs ("jar:nested:/x/yici.jar/!BOOT-INF/lib/...") name the outer jar.
            if (location.startsWith("jar:nested:")) {
                location = "file:" + location.substring("jar:nested:".length(), location.indexOf("/!"));
            }
            return nearestAbove(Path.of(new java.net.URI(location)).toAbsolutePath());
        } catch (URISyntaxException | RuntimeException e) {
            // An unusual class loader: fall back to the working directory.
        }
        return Optional.empty();
    }
}
