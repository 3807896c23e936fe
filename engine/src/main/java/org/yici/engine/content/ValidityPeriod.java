package org.yici.engine.content;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a validity period printed as two dates ends ("2016.01.01-2036.01.01", "2016.02.01-长期", an
 * ID card's 有效期限), read from text OCR may have damaged. On 330 extra ID card backs of the
 * tuning split ({@code Corpus.tuneVariants}, every degradation) 16 periods were lost or misread:
 * a date's dot read as a colon ("2031:08.01") or lost ("203107.26", "2029 04.21"), the end's day
 * lost under a signature ("2029.01.", "2029 12A6"), an end before the start ("2010.09.11-2000.09.11"),
 * the label misread ("有我期", "有数期限") or the period on a line of its own. An ID card's period
 * ends on its start's month and day 5, 10 or 20 years later (or is 长期), so an end of which only
 * the year, or its last three digits, was read is the one of those three that fits; an end not
 * after its start is no reading at all (reporting it would call a valid card expired).
 */
final class ValidityPeriod {
    /** What OCR reads a date's dot as, or a misread dash between the dates. */
    private static final String SEP = "[.\\-/:：·,，]";
    /** A date as validity periods print it: four-digit year, two-digit month and day. */
    private static final String DATE = "(\\d{4})" + SEP + "?(\\d{2})" + SEP + "?(\\d{2})(?!\\d)";
    /** Two dates, with at most two other characters for the dash between them, or the start and 长期. */
    private static final Pattern PERIOD = Pattern.compile("(?<!\\d)" + DATE + "[^\\d长]{0,2}?(?:" + DATE + "|(长期))");
    /** The start and the digits of a year read after it (four, or three when one was lost), the rest of the end lost. */
    private static final Pattern END_YEAR_ONLY = Pattern.compile("(?<!\\d)" + DATE + "[^\\d]{0,2}?(\\d{3,4})");
    /** How long an ID card is valid, in years, unless 长期 (居民身份证法, article 5). */
    private static final int[] TERMS = {5, 10, 20};
    /**
     * Separators a period has at the least when it stands without its label: an 18-digit ID number
     * would otherwise read as two dates.
     */
    private static final int MIN_SEPARATORS_UNLABELLED = 3;

    private ValidityPeriod() {}

    /**
     * A period seen in the text.
     *
     * @param end an ISO date or "长期"; null when the period seen cannot be believed (an end not
     *     after its start, an impossible date)
     */
    record Found(String end) {}

    /**
     * The period after a period's label; null when no period in this form is there (then the
     * caller's other forms, such as "2020年1月1日至长期", may still read one).
     */
    static Found after(String value) {
        Matcher m = PERIOD.matcher(value);
        if (m.find()) {
            return new Found(checked(m));
        }
        Matcher y = END_YEAR_ONLY.matcher(value);
        if (y.find()) {
            LocalDate start = date(y.group(1), y.group(2), y.group(3));
            return new Found(start == null ? null : termEnding(start, y.group(4)));
        }
        return null;
    }

    /**
     * The end 5, 10 or 20 years after {@code start} whose year is {@code digits} or ends in them
     * (a year's first digit lost: "2010.06.10-030.06"); null when none or more than one is.
     */
    private static String termEnding(LocalDate start, String digits) {
        String found = null;
        for (int years : TERMS) {
            LocalDate end = start.plusYears(years);
            if (String.valueOf(end.getYear()).endsWith(digits)) {
                if (found != null) {
                    return null;
                }
                found = end.toString();
            }
        }
        return found;
    }

    /**
     * The end of a whole period found on a line without its label (label misread, or read on
     * another line): both dates complete, with their separators, or null.
     */
    static String endWithoutLabel(String line) {
        Matcher m = PERIOD.matcher(line);
        while (m.find()) {
            if (separators(m.group()) >= MIN_SEPARATORS_UNLABELLED) {
                return checked(m);
            }
        }
        return null;
    }

    private static String checked(Matcher m) {
        LocalDate start = date(m.group(1), m.group(2), m.group(3));
        if (m.group(7) != null) {
            return start == null ? null : "长期";
        }
        LocalDate end = date(m.group(4), m.group(5), m.group(6));
        return start != null && end != null && end.isAfter(start) ? end.toString() : null;
    }

    private static int separators(String period) {
        int n = 0;
        for (int i = 0; i < period.length(); i++) {
            if (!Character.isDigit(period.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    private static LocalDate date(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
