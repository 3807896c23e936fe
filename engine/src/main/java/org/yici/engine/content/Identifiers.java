package org.yici.engine.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.yici.rules.model.Ids;

/**
 * Reads a 公民身份号码 or 统一社会信用代码 out of OCR text, undoing the confusions OCR makes between
 * look-alike glyphs (O/0, I/l/1, Z/2, S/5, B/8, G/6, ×/X). A letter the identifier's alphabet
 * cannot hold is read as its digit. Where both glyphs are possible (B and 8, G and 6 in a credit
 * code), each single swap is tried and taken only when it is the one that makes the check
 * character right: a second candidate would make the repair a guess. Where the standard allows
 * only digits (a credit code's division code) a letter is its look-alike digit, and no swap
 * puts a letter there: the benchmark found a B-for-8 swap there that checked out by chance.
 */
final class Identifiers {
    /** Glyphs that stand for a digit when a digit is all the position may hold. */
    private static final Map<Character, Character> AS_DIGIT =
            Map.of('O', '0', 'Q', '0', 'D', '0', 'I', '1', 'L', '1', '|', '1', 'Z', '2', 'S', '5', 'B', '8', 'G', '6');
    /**
     * Glyphs the GB 32100 alphabet lacks (I, O, S, Z and lower case, which codes never print):
     * read as their look-alike digit.
     */
    private static final Map<Character, Character> CREDIT_IMPOSSIBLE =
            Map.of('O', '0', 'o', '0', 'I', '1', 'i', '1', 'l', '1', '|', '1', 'Z', '2', 'z', '2', 'S', '5', 's', '5');
    /**
     * Pairs that are both legal in a credit code, so only the check character can tell them apart
     * (Q and D for 0 besides the usual ones: this font's 0 is read as either).
     */
    private static final Map<Character, List<Character>> CREDIT_AMBIGUOUS = Map.of(
            'B', List.of('8'),
            '8', List.of('B'),
            'G', List.of('6'),
            '6', List.of('G'),
            'Q', List.of('0'),
            'D', List.of('0'),
            '0', List.of('Q', 'D'));
    /** GB 32100 places 3–8 hold the administrative division code: digits only. */
    private static final int DIVISION_FROM = 2, DIVISION_TO = 8;

    private static final String CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private Identifiers() {}

    /**
     * An identifier read from a value.
     *
     * @param value the identifier as it most likely is printed
     * @param read what OCR gave, when it differs from {@code value} (null otherwise)
     */
    record Reading(String value, String read) {
        boolean corrected() {
            return read != null;
        }
    }

    /** The ID number in a value: the first run of 18 characters that can form one, or null. */
    static Reading idNumber(String text) {
        return best(
                run(
                        text,
                        c -> Character.isDigit(c)
                                || c == 'X'
                                || c == 'x'
                                || c == '×'
                                || AS_DIGIT.containsKey(Character.toUpperCase(c))),
                Identifiers::idWindow,
                Ids::validIdNumber);
    }

    /** The credit code in a value: the first run of 18 characters that can form one, or null. */
    static Reading creditCode(String text) {
        return creditCode(text, true);
    }

    /**
     * The credit code as printed, if OCR read every glyph right: only glyphs the alphabet cannot
     * hold are corrected, no legal glyph is swapped for its look-alike. For a reading OCR was sure
     * of, a check character that fails is the document's, not OCR's.
     */
    static Reading creditCodeAsRead(String text) {
        return creditCode(text, false);
    }

    private static Reading creditCode(String text, boolean swaps) {
        return best(
                run(
                        text,
                        c -> CREDIT_ALPHABET.indexOf(Character.toUpperCase(c)) >= 0
                                || CREDIT_IMPOSSIBLE.containsKey(c)),
                raw -> creditWindow(raw, swaps),
                Ids::validCreditCode);
    }

    /**
     * A run longer than 18 has stray glyphs at an end: the window that checks out wins, else the
     * one OCR had to correct least.
     */
    private static Reading best(String run, Function<String, Reading> read, Predicate<String> valid) {
        if (run == null) {
            return null;
        }
        Reading best = null;
        for (int i = 0; i + 18 <= run.length(); i++) {
            Reading r = read.apply(run.substring(i, i + 18));
            if (r == null) {
                continue;
            }
            if (valid.test(r.value())) {
                return r;
            }
            if (best == null || (best.corrected() && !r.corrected())) {
                best = r;
            }
        }
        return best;
    }

    private static Reading idWindow(String raw) {
        StringBuilder s = new StringBuilder(18);
        for (int i = 0; i < 18; i++) {
            char c = Character.toUpperCase(raw.charAt(i));
            if (c == '×' || (i == 17 && c == 'X')) {
                s.append('X');
            } else if (AS_DIGIT.containsKey(c)) {
                s.append(AS_DIGIT.get(c));
            } else if (Character.isDigit(c)) {
                s.append(c);
            } else {
                return null; // an X before the last place: not an ID number
            }
        }
        return reading(s.toString(), raw);
    }

    private static Reading creditWindow(String raw, boolean swaps) {
        StringBuilder s = new StringBuilder(18);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            char read = CREDIT_IMPOSSIBLE.getOrDefault(c, Character.toUpperCase(c));
            if (i >= DIVISION_FROM && i < DIVISION_TO && !Character.isDigit(read)) {
                Character digit = AS_DIGIT.get(read);
                if (digit == null) {
                    return null; // a letter no digit looks like, where only digits may stand
                }
                read = digit;
            }
            s.append(read);
        }
        String code = s.toString();
        if (swaps && !Ids.validCreditCode(code)) {
            List<String> fixes = new ArrayList<>();
            for (int i = 0; i < code.length(); i++) {
                if (i >= DIVISION_FROM && i < DIVISION_TO) {
                    continue;
                }
                for (char other : CREDIT_AMBIGUOUS.getOrDefault(code.charAt(i), List.of())) {
                    String candidate = code.substring(0, i) + other + code.substring(i + 1);
                    if (Ids.validCreditCode(candidate)) {
                        fixes.add(candidate);
                    }
                }
            }
            if (fixes.size() == 1) {
                code = fixes.get(0);
            }
        }
        return reading(code, raw);
    }

    private static Reading reading(String value, String raw) {
        return new Reading(value, value.equalsIgnoreCase(raw) ? null : raw);
    }

    /** The first run of at least 18 characters that {@code allowed} accepts. */
    private static String run(String text, Predicate<Character> allowed) {
        String s = text;
        int start = -1;
        for (int i = 0; i <= s.length(); i++) {
            boolean ok = i < s.length() && allowed.test(s.charAt(i));
            if (ok && start < 0) {
                start = i;
            } else if (!ok && start >= 0) {
                if (i - start >= 18) {
                    return s.substring(start, i);
                }
                start = -1;
            }
        }
        return null;
    }
}
