package org.yici.ingest;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** NFKC plus the whitespace clean-up that makes OCR and text layer output comparable. */
final class TextNormalizer {
    // Tesseract puts spaces between Chinese characters; they carry no meaning and break matching.
    // After NFKC, full-width punctuation is ASCII, so spaces next to it count too when the other
    // side is Chinese.
    private static final String CJK = "[\\p{IsHan}\\p{InCJKSymbolsAndPunctuation}]";
    private static final String PUNCT = "[:;,.!?()\\[\\]]";
    private static final Pattern SPACE_BETWEEN_CJK = Pattern.compile(
            "(?<=" + CJK + ")[ \\t]+(?=" + CJK + "|" + PUNCT + ")|(?<=" + PUNCT + ")[ \\t]+(?=" + CJK + ")");
    private static final Pattern TRAILING_SPACE = Pattern.compile("[ \\t]+(?=\\n|$)");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

    private TextNormalizer() {}

    static String normalize(String raw) {
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC).replace("\r\n", "\n");
        s = SPACE_BETWEEN_CJK.matcher(s).replaceAll("");
        s = TRAILING_SPACE.matcher(s).replaceAll("");
        s = BLANK_LINES.matcher(s).replaceAll("\n\n");
        return s.strip();
    }

    static int countNonWhitespace(String s) {
        return (int) s.codePoints().filter(c -> !Character.isWhitespace(c)).count();
    }
}
