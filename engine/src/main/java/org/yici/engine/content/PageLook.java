package org.yici.engine.content;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yici.ingest.IngestedPage;
import org.yici.rules.model.Ids;

/**
 * What one page of a stack scan looks like on its own: enough to tell where one document ends and
 * the next begins (issue 18).
 *
 * @param type the material type the page alone looks like, null when none stands out
 * @param confidence how clearly, 0..1
 * @param heading whether the type's title is printed as a heading on it (a document's first page)
 * @param idNumber the first valid ID number printed on it, null when none (tells two ID cards apart)
 * @param blank whether the page carries (next to) no text: a blank back or a separator sheet
 */
public record PageLook(int number, String type, double confidence, boolean heading, String idNumber, boolean blank) {
    /** A page with fewer printed characters than this is blank (a stray mark, a page number). */
    static final int BLANK_CHARS = 6;
    /** A page type counts from this confidence on, as an uploaded file is matched (common/match.drl). */
    static final double TYPED = 0.5;

    private static final String CARD = "ID_CARD";
    private static final Pattern ID_RUN = Pattern.compile("[1-9][0-9]{16}[0-9X]");

    /** Looks at a page with the dictionary's classifier. */
    public static PageLook of(IngestedPage page, DocumentClassifier classifier) {
        PageText text = PageText.of(page);
        String squeezed = String.join("", text.lines());
        if (squeezed.length() < BLANK_CHARS) {
            return new PageLook(page.number(), null, 0, false, null, true);
        }
        Classification c = classifier.classify(List.of(text));
        String id = idNumber(squeezed);
        // A card's front has one keyword (公民身份号码) and no title: too little for the classifier's
        // confidence alone, but with a valid ID number beside it, it is a card.
        boolean typed = c.type() != null && (c.confidence() >= TYPED || (CARD.equals(c.type()) && id != null));
        return new PageLook(
                page.number(),
                typed ? c.type() : null,
                c.confidence(),
                typed && c.evidence().stream().anyMatch(Classification.Cue::heading),
                id,
                false);
    }

    private static String idNumber(String text) {
        Matcher m = ID_RUN.matcher(text.toUpperCase(java.util.Locale.ROOT));
        while (m.find()) {
            if (Ids.validIdNumber(m.group())) {
                return m.group();
            }
        }
        return null;
    }
}
