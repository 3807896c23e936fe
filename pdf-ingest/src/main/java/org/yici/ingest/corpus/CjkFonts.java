package org.yici.ingest.corpus;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Finds installed Chinese fonts: fontconfig first ({@code fc-match}, {@code fc-list}), then a list
 * of the paths Debian and Ubuntu packages use, so a machine without fontconfig tools still works.
 */
public final class CjkFonts {
    /** Where fonts-wqy-zenhei and similar packages install, in order of preference. */
    public static final List<Path> KNOWN_PATHS = List.of(
            Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
            Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
            Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"),
            Path.of("/usr/share/fonts/truetype/arphic/ukai.ttc"),
            Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"));

    private CjkFonts() {}

    /** The WenQuanYi Zen Hei collection, which has TrueType outlines PDFBox can embed. */
    public static Path zenHei() {
        return fcMatch("WenQuanYi Zen Hei")
                .filter(p -> p.getFileName().toString().startsWith("wqy-zenhei"))
                .or(() -> existing(KNOWN_PATHS.get(0)))
                .orElseThrow(() -> new IllegalStateException("WenQuanYi Zen Hei not installed (fonts-wqy-zenhei)"));
    }

    /** Every installed TrueType font file that covers Chinese, WenQuanYi Zen Hei first. */
    public static List<Path> files() {
        Set<Path> files = new LinkedHashSet<>();
        existing(zenHei()).ifPresent(files::add);
        for (String line : run("fc-list", ":lang=zh", "file")) {
            String file = line.replaceFirst(":\\s*$", "").trim();
            if (file.endsWith(".ttf") || file.endsWith(".ttc")) {
                existing(Path.of(file)).ifPresent(files::add);
            }
        }
        KNOWN_PATHS.forEach(p -> existing(p).ifPresent(files::add));
        return List.copyOf(files);
    }

    /**
     * The faces of the split corpus ({@link Corpus#split}) that are installed, in this order: AR PL
     * UMing, Noto Sans CJK SC, WenQuanYi Zen Hei, Noto Serif CJK SC, WenQuanYi Micro Hei, AR PL
     * UKai (fonts-arphic-uming, fonts-noto-cjk, fonts-wqy-zenhei, fonts-wqy-microhei,
     * fonts-arphic-ukai). At least Zen Hei.
     */
    public static List<Font> corpusFaces() {
        List<Font> faces = new ArrayList<>();
        for (String family : CORPUS_FAMILIES) {
            face(family).ifPresent(faces::add);
        }
        if (faces.isEmpty()) {
            faces.add(load(zenHei()).get(0));
        }
        return List.copyOf(faces);
    }

    /** The face that looks most like handwriting: AR PL UKai (a brush face) when installed. */
    public static Optional<Font> handwritingFace() {
        return face("AR PL UKai CN");
    }

    private static final List<String> CORPUS_FAMILIES = List.of(
            "AR PL UMing CN",
            "Noto Sans CJK SC",
            "WenQuanYi Zen Hei",
            "Noto Serif CJK SC",
            "WenQuanYi Micro Hei",
            "AR PL UKai CN");

    private static final List<Path> CORPUS_FILES = List.of(
            Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"),
            Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
            Path.of("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"),
            Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
            Path.of("/usr/share/fonts/truetype/arphic/ukai.ttc"));

    private static Optional<Font> face(String family) {
        Set<Path> candidates = new LinkedHashSet<>(files());
        candidates.addAll(CORPUS_FILES);
        candidates.add(zenHei());
        for (Path file : candidates) {
            if (!Files.isRegularFile(file)) {
                continue;
            }
            for (Font font : load(file)) {
                if (font.getFamily(java.util.Locale.ROOT).equals(family)) {
                    return Optional.of(font);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Java2D fonts for rendering, at most {@code max}, from distinct families of the WenQuanYi Zen
     * Hei collection (a proportional and a monospaced face). Pinned to that one file so the
     * standard corpus stays the same pixels when more CJK fonts are installed; the split corpus
     * uses {@link #corpusFaces()}.
     */
    public static List<Font> renderingFonts(int max) {
        List<Font> fonts = new ArrayList<>();
        Set<String> families = new LinkedHashSet<>();
        for (Path file : List.of(zenHei())) {
            for (Font font : load(file)) {
                // The "Sharp" face only differs in embedded bitmaps, which Java2D does not use.
                if (font.getFamily(java.util.Locale.ROOT).contains("Sharp")) {
                    continue;
                }
                if (families.add(font.getFamily(java.util.Locale.ROOT)) && fonts.size() < max) {
                    fonts.add(font);
                }
            }
        }
        return fonts;
    }

    private static List<Font> load(Path file) {
        try {
            return List.of(Font.createFonts(file.toFile()));
        } catch (FontFormatException | IOException e) {
            return List.of();
        }
    }

    private static Optional<Path> fcMatch(String family) {
        List<String> out = run("fc-match", "-f", "%{file}", family + ":lang=zh-cn");
        return out.isEmpty() ? Optional.empty() : existing(Path.of(out.get(0).trim()));
    }

    private static Optional<Path> existing(Path p) {
        return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
    }

    private static List<String> run(String... command) {
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            try (InputStream in = process.getInputStream()) {
                String out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
                    return List.of();
                }
                return out.lines().filter(l -> !l.isBlank()).toList();
            }
        } catch (IOException e) {
            return List.of(); // fontconfig tools not installed: the known paths still apply
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }
}
