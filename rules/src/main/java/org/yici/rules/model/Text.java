package org.yici.rules.model;

import java.text.Normalizer;

/** Text as rules compare it: NFKC (full-width to half-width, compatibility forms), no whitespace. */
public final class Text {
    private Text() {}

    public static String normalise(String text) {
        return text == null
                ? ""
                : Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }
}
