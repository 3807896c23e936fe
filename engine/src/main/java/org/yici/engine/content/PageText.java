package org.yici.engine.content;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import org.yici.ingest.IngestedPage;

/** A page's text as matching sees it: NFKC lines without whitespace, empty lines dropped. */
record PageText(int number, List<String> lines, double confidence) {

    static PageText of(IngestedPage page) {
        List<String> lines = Arrays.stream(page.text().split("\n"))
                .map(PageText::squeeze)
                .filter(l -> !l.isEmpty())
                .toList();
        return new PageText(page.number(), lines, page.meanConfidence());
    }

    /** NFKC and no whitespace: OCR puts spaces between Chinese characters, and they carry nothing. */
    static String squeeze(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }

    String joined() {
        return String.join("\n", lines);
    }
}
