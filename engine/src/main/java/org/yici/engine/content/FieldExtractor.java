package org.yici.engine.content;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.yici.engine.content.FieldSpec.Field;
import org.yici.engine.content.FieldSpec.Kind;

/**
 * Reads the labelled fields of a classified document (FieldSpec) from its normalised lines: the
 * value after a label runs to the next label of the type or the end of the line; addresses and
 * terms may continue on the next line. A required field whose label has nothing after it is blank.
 */
public final class FieldExtractor {
    private static final String DATE = "(\\d{4})[年.\\-/](\\d{1,2})[月.\\-/](\\d{1,2})日?";
    private static final Pattern DATE_PATTERN = Pattern.compile(DATE);
    private static final Pattern PERIOD_END = Pattern.compile("[-~至]+(" + DATE + "|长期)");
    /**
     * A period whose dash OCR lost or misread (a thin dash between two dates: "2010.03.042030.03.04",
     * "2010.03.04一2030.03.04"; tuning pages of ID card backs): two dates with at most two other
     * characters between them still say when the period ends.
     */
    private static final Pattern TWO_DATES = Pattern.compile(DATE + "\\D{0,2}?(" + DATE + "|长期)");

    private static final Pattern TERM_END = Pattern.compile("至(" + DATE + "|长期)");
    /**
     * Names as Chinese documents print them. OCR sometimes reads a short Chinese name as a few Latin
     * letters; such a reading is no name, and reporting it would accuse the applicant of a mismatch.
     */
    private static final Pattern NAME = Pattern.compile("^([\\p{IsHan}·]{2,20})");

    private static final Pattern SEX = Pattern.compile("^([男女])");
    /** OCR noise before a value (stray quotes and dots) is not part of it. */
    private static final Pattern LEADING_NOISE = Pattern.compile("^[\\p{Punct}“”‘’、。·]+");
    /** What a pre-filled form prints in a value's cell after it ("来源：电子证照"). */
    private static final String SOURCE_NOTE = "来源";

    /**
     * Labels that end a value on the same line although no field of the type is read from them:
     * a ruled form reads a row as one line, so the next cell's label follows the value, or follows
     * the label directly when the cell was left empty (联系电话｜　｜从业人数｜3人). A pre-filled
     * form prints each value's source in its cell ("来源：电子证照"), read as part of the line.
     */
    private static final String COMMON_STOPS = "性别|民族|出生|联系电话|从业人数|组成形式|个体工商户名称|签字|签名|盖章|" + SOURCE_NOTE;
    /** Where a free-text value ends: a clause break. */
    private static final Pattern TEXT_END = Pattern.compile("[,;。，；]");

    /** What was read, and the required labels left blank. */
    public record Extraction(List<ReadField> fields, List<BlankField> blanks) {}

    public Extraction extract(String type, List<PageText> pages) {
        return extract(type, pages, null);
    }

    /**
     * @param required the labels a matter names as required for this material (matter.yaml
     *     {@code requiredFields}), replacing the type's own required fields; null keeps the type's
     */
    public Extraction extract(String type, List<PageText> pages, List<String> required) {
        List<Field> specs = FieldSpec.withRequired(FieldSpec.BY_TYPE.getOrDefault(type, List.of()), required);
        if (specs.isEmpty()) {
            return new Extraction(List.of(), List.of());
        }
        String stop = specs.stream().map(Field::label).collect(Collectors.joining("|")) + "|" + COMMON_STOPS;
        Pattern nextLabel = Pattern.compile("(?:" + stop + "):?");
        List<ReadField> fields = new ArrayList<>();
        List<BlankField> blanks = new ArrayList<>();
        Set<String> found = new HashSet<>();
        for (Field spec : specs) {
            Pattern label = Pattern.compile("(" + spec.label() + "):?");
            pages:
            for (PageText page : pages) {
                List<String> lines = page.lines();
                boolean afterSeen = spec.after() == null;
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if (!afterSeen) {
                        afterSeen = line.contains(spec.after());
                        continue;
                    }
                    Matcher m = label.matcher(line);
                    if (!m.find()) {
                        continue;
                    }
                    String rest = line.substring(m.end());
                    String following = i + 1 < lines.size() ? lines.get(i + 1) : "";
                    if (rest.isEmpty() && termOnNextLine(spec.kind(), following)) {
                        // "第二条　租赁期限：" with the term on the next line; an ID card's
                        // 有效期限 read apart from its dates.
                        rest = following;
                        following = "";
                    }
                    Matcher next = nextLabel.matcher(rest);
                    boolean cut = next.find() && next.start() > 0;
                    String value = cut ? rest.substring(0, next.start()) : rest;
                    // A pre-filled form's source note closes its cell: the next line is another row
                    // (联系电话：13800138000 来源：…, then the heading 个体工商户信息).
                    String after = cut && rest.startsWith(SOURCE_NOTE, next.start()) ? "" : following;
                    if (rest.isEmpty() || next.find(0) && next.start() == 0) {
                        if (spec.required() && !found.contains(spec.key())) {
                            blanks.add(new BlankField(page.number(), m.group(1)));
                        }
                        found.add(spec.key());
                        break pages;
                    }
                    Identifiers.Reading id = identifier(spec.kind(), value);
                    String read =
                            id != null ? id.value() : read(spec.kind(), value, rest + following, after, nextLabel);
                    if (read != null && found.add(spec.key()) && !spec.blankOnly()) {
                        fields.add(new ReadField(
                                spec.key(),
                                read,
                                page.number(),
                                m.group(1),
                                page.confidence(),
                                id == null ? null : id.read()));
                        break pages;
                    }
                }
            }
            // Not "found": a label read with nothing after it (its dates read on another line) is
            // no reading of an optional period.
            if (spec.kind() == Kind.PERIOD_END && !spec.required() && !read(fields, spec.key())) {
                ReadField period = periodWithoutLabel(spec, pages);
                if (period != null) {
                    fields.add(period);
                    found.add(spec.key());
                }
            }
        }
        return new Extraction(List.copyOf(fields), List.copyOf(blanks));
    }

    private static boolean read(List<ReadField> fields, String key) {
        return fields.stream().anyMatch(f -> f.field().equals(key));
    }

    private static boolean termOnNextLine(Kind kind, String following) {
        return switch (kind) {
            case TERM_END -> TERM_END.matcher(following).find();
            case PERIOD_END -> ValidityPeriod.endWithoutLabel(following) != null;
            default -> false;
        };
    }

    /**
     * A validity period whose label OCR misread ("有我期", "有数期限") or put on another line: two
     * whole dates with their separators stand for it on a page of a type that has one.
     */
    private static ReadField periodWithoutLabel(Field spec, List<PageText> pages) {
        for (PageText page : pages) {
            for (String line : page.lines()) {
                String end = ValidityPeriod.endWithoutLabel(line);
                if (end != null) {
                    return new ReadField(spec.key(), end, page.number(), spec.label(), page.confidence());
                }
            }
        }
        return null;
    }

    /** An identifier with OCR's look-alike glyphs undone; null for other kinds or when none is there. */
    private static Identifiers.Reading identifier(Kind kind, String raw) {
        String value = LEADING_NOISE.matcher(raw).replaceFirst("");
        return switch (kind) {
            case ID_NUMBER -> Identifiers.idNumber(value);
            case CREDIT_CODE -> Identifiers.creditCode(value);
            default -> null;
        };
    }

    private static String read(Kind kind, String raw, String withNext, String following, Pattern nextLabel) {
        String value = LEADING_NOISE.matcher(raw).replaceFirst("");
        return switch (kind) {
            case SEX -> first(SEX, value);
            case NAME -> first(NAME, value);
            case ID_NUMBER, CREDIT_CODE -> null; // read by identifier()
            case DATE -> date(value);
            case PERIOD_END -> {
                ValidityPeriod.Found period = ValidityPeriod.after(value);
                if (period != null) {
                    yield period.end();
                }
                String end = end(PERIOD_END, value);
                yield end != null ? end : end(TWO_DATES, value, 4);
            }
            case TERM_END -> end(TERM_END, withNext);
            case TEXT -> text(value, following, nextLabel);
        };
    }

    private static String text(String value, String following, Pattern nextLabel) {
        String v = value;
        // A value cut by the line end goes on when the next line is no label and no new clause.
        if (!TEXT_END.matcher(v).find()
                && !following.isEmpty()
                && !following.contains(":")
                && !nextLabel.matcher(following).find()
                && !following.matches("^第.{1,3}条.*")) {
            v = v + following;
        }
        Matcher end = TEXT_END.matcher(v);
        if (end.find()) {
            v = v.substring(0, end.start());
        }
        return v.isEmpty() ? null : v;
    }

    private static String first(Pattern p, String s) {
        Matcher m = p.matcher(s);
        return m.find() ? m.group(1).strip() : null;
    }

    private static String end(Pattern p, String s) {
        return end(p, s, 1);
    }

    /** The date or 长期 that {@code group} of {@code p} matched first in {@code s}, as ISO. */
    private static String end(Pattern p, String s, int group) {
        Matcher m = p.matcher(s);
        if (!m.find()) {
            return null;
        }
        return m.group(group).equals("长期") ? "长期" : date(m.group(group));
    }

    /** The first date in {@code s} as ISO, or null when there is none or it is not a real date. */
    static String date(String s) {
        Matcher m = DATE_PATTERN.matcher(s);
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDate.of(
                            Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))
                    .toString();
        } catch (DateTimeException e) {
            return null;
        }
    }
}
