package org.yici.engine.storage;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * File names as uploaders send them, made safe to store, show and send back. Applied once, where a
 * name enters (multipart parts of checks, supplements and the window); only the clean name is
 * kept, so the JSON, the file list and the download's {@code Content-Disposition} all carry it.
 *
 * <p>Removed: terminal escape sequences, control characters (tab, CR, LF, NUL, …), invisible
 * format characters including bidi controls (U+202E would show {@code 身份证\u202egpj.pdf} as
 * {@code …fdp.jpg}), path separators with {@code .} and {@code ..} segments (the segments left are
 * joined with {@code _}); the name is capped at {@value #MAX_CODE_POINTS} code points, keeping its
 * extension. Chinese and other letters are kept (NFC).
 */
public final class UploadNames {
    static final int MAX_CODE_POINTS = 120;
    private static final Pattern ESCAPE_SEQUENCE =
            Pattern.compile("\u001B(\\[[0-?]*[ -/]*[@-~]|\\][^\u0007\u001B]*(\u0007|\u001B\\\\)?|.)?");
    private static final int MAX_EXTENSION = 10;

    private UploadNames() {}

    /** The clean name, or null when nothing readable is left (or none was given). */
    public static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        String text = ESCAPE_SEQUENCE
                .matcher(Normalizer.normalize(raw, Normalizer.Form.NFC))
                .replaceAll("");
        StringBuilder visible = new StringBuilder(text.length());
        text.codePoints().filter(UploadNames::kept).forEach(visible::appendCodePoint);
        List<String> segments = new ArrayList<>();
        for (String segment : visible.toString().split("[/\\\\]")) {
            String s = segment.strip();
            if (!s.isEmpty() && !s.equals(".") && !s.equals("..")) {
                segments.add(s);
            }
        }
        String name = String.join("_", segments);
        return name.isEmpty() ? null : capped(name);
    }

    /**
     * The clean name of the file sent in {@code part}: null when none was sent.
     *
     * @throws UnreadableNameException when one was sent and nothing readable is left of it
     */
    public static String ofPart(String part, String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        String clean = clean(raw);
        if (clean == null) {
            throw new UnreadableNameException(part);
        }
        return clean;
    }

    /** A file part whose name is nothing but control characters, separators or invisible marks. */
    public static class UnreadableNameException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String part;

        UnreadableNameException(String part) {
            super("file name of part " + part + " is empty once cleaned");
            this.part = part;
        }

        public String part() {
            return part;
        }
    }

    /** The raw name with every character {@link #clean} would remove shown as {@code \\uXXXX}. */
    public static String escaped(String raw) {
        StringBuilder out = new StringBuilder();
        raw.codePoints().forEach(c -> {
            if (kept(c)) {
                out.appendCodePoint(c);
            } else {
                out.append(String.format(java.util.Locale.ROOT, "\\u%04x", c));
            }
        });
        return out.toString();
    }

    private static boolean kept(int c) {
        int type = Character.getType(c);
        return type != Character.CONTROL
                && type != Character.FORMAT
                && type != Character.UNASSIGNED
                && type != Character.PRIVATE_USE
                && type != Character.SURROGATE
                && type != Character.LINE_SEPARATOR
                && type != Character.PARAGRAPH_SEPARATOR;
    }

    private static String capped(String name) {
        if (name.codePointCount(0, name.length()) <= MAX_CODE_POINTS) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= MAX_EXTENSION ? name.substring(dot) : "";
        String stem = extension.isEmpty() ? name : name.substring(0, dot);
        int keep = MAX_CODE_POINTS - extension.codePointCount(0, extension.length());
        return stem.substring(0, stem.offsetByCodePoints(0, keep)).strip() + extension;
    }
}
