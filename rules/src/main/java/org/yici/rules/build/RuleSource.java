package org.yici.rules.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * An immutable snapshot of a rules folder: every file under {@code common/}, {@code matters/} and
 * {@code data/}, by relative path with forward slashes. A snapshot is what gets built and hashed,
 * so a file edited during a build cannot produce a rule base that matches no version.
 */
public final class RuleSource {
    private static final List<String> ROOTS = List.of("common", "matters", "data");
    private static final String CLASSPATH_ROOT = "yici-rules/";

    private final SortedMap<String, byte[]> files;
    private final String origin;

    private RuleSource(SortedMap<String, byte[]> files, String origin) {
        this.files = files;
        this.origin = origin;
    }

    /** Reads a rules folder (the folder holding {@code common/}, {@code matters/}, {@code data/}). */
    public static RuleSource directory(Path dir) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        for (String root : ROOTS) {
            Path start = dir.resolve(root);
            if (!Files.isDirectory(start)) {
                continue;
            }
            try (Stream<Path> paths = Files.walk(start)) {
                for (Path p : (Iterable<Path>) paths.filter(Files::isRegularFile)::iterator) {
                    String rel = dir.relativize(p).toString().replace('\\', '/');
                    files.put(rel, Files.readAllBytes(p));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read rules folder " + dir, e);
            }
        }
        return new RuleSource(files, dir.toAbsolutePath().normalize().toString());
    }

    /** The rules packaged with the build (listed in {@code yici-rules/index.txt} at build time). */
    public static RuleSource classpath() {
        ClassLoader loader = RuleSource.class.getClassLoader();
        SortedMap<String, byte[]> files = new TreeMap<>();
        try (InputStream index = loader.getResourceAsStream(CLASSPATH_ROOT + "index.txt")) {
            if (index == null) {
                throw new IllegalStateException("no packaged rules: " + CLASSPATH_ROOT + "index.txt is missing");
            }
            for (String line : new String(index.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String rel = line.strip();
                if (rel.isEmpty()) {
                    continue;
                }
                try (InputStream in = loader.getResourceAsStream(CLASSPATH_ROOT + rel)) {
                    if (in == null) {
                        throw new IllegalStateException("packaged rule file missing: " + rel);
                    }
                    files.put(rel, in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read packaged rules", e);
        }
        return new RuleSource(files, "classpath:" + CLASSPATH_ROOT);
    }

    /** A source from files in memory (tests, generated rule bases). */
    public static RuleSource of(Map<String, String> textFiles, String origin) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        textFiles.forEach((k, v) -> files.put(k, v.getBytes(StandardCharsets.UTF_8)));
        return new RuleSource(files, origin);
    }

    /**
     * A source from stored files (a published version read back from a database): the bytes are
     * copied, so the caller may reuse its map.
     */
    public static RuleSource ofBytes(Map<String, byte[]> files, String origin) {
        SortedMap<String, byte[]> copy = new TreeMap<>();
        files.forEach((k, v) -> copy.put(k, v.clone()));
        return new RuleSource(copy, origin);
    }

    /** This source with one file added or replaced. */
    public RuleSource with(String path, String text) {
        SortedMap<String, byte[]> copy = new TreeMap<>(files);
        copy.put(path, text.getBytes(StandardCharsets.UTF_8));
        return new RuleSource(copy, origin);
    }

    /** This source without the files under {@code prefix}. */
    public RuleSource without(String prefix) {
        SortedMap<String, byte[]> copy = new TreeMap<>(files);
        copy.keySet().removeIf(p -> p.startsWith(prefix));
        return new RuleSource(copy, origin);
    }

    public SortedMap<String, byte[]> files() {
        return java.util.Collections.unmodifiableSortedMap(files);
    }

    public String text(String path) {
        byte[] bytes = files.get(path);
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    public String origin() {
        return origin;
    }

    /** {@code sha256:<hex>} over every path and content; the version every result carries. */
    public String version() {
        return "sha256:" + sha256(files);
    }

    /** The hash of one subfolder's files, e.g. {@code matters/GTGSH-SL/}. */
    public String hashOf(String prefix) {
        return "sha256:" + sha256(files.subMap(prefix, prefix + Character.MAX_VALUE));
    }

    private static String sha256(Map<String, byte[]> entries) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                digest.update(e.getKey().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(e.getValue());
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
