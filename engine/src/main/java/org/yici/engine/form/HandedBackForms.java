package org.yici.engine.form;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.yici.engine.ingest.DocumentEvidence;
import org.yici.ingest.IngestedPage;
import org.yici.rules.model.PrintedValueChanged;
import org.yici.rules.model.Text;
import org.yici.rules.model.UnreadablePage;

/**
 * Finds pre-filled forms among a check's files by the number printed on them (预填编号) and
 * compares every printed value with what the form handed back states at its label: a value
 * crossed out and written anew is a change the rules report (INCONSISTENT at that field).
 *
 * <p>The applicant's and agent's names and numbers are left to the rules that compare them with
 * the request (the request is the truth for those); comparing them here too would report a
 * change twice. A label not found, a value not read or a page too unclear to judge says nothing.
 */
@Component
public class HandedBackForms {
    /** Compared with the request by the content rules already. */
    static final Set<String> COMPARED_WITH_REQUEST =
            Set.of("applicant.name", "applicant.idNumber", "applicant.creditCode", "agent.name", "agent.idNumber");

    private static final Pattern NUMBER = Pattern.compile("预填编号:?(\\d{" + PrintedForms.DIGITS + "})");
    /**
     * The source note printed under each value ("来源：既往办件 …") is not part of the value. Its
     * small colon is often lost to OCR ("来源既往办件"), so the note is also known by the words
     * that follow it: the sources of messages.properties ({@code form.source.*}).
     */
    static final Pattern SOURCE = Pattern.compile("来源(?::|(?=申请人提供|电子证照|既往办件))");

    private final PrintedForms printed;

    HandedBackForms(PrintedForms printed) {
        this.printed = printed;
    }

    /** What each pre-filled form among {@code documents} changed of its printed values. */
    public List<PrintedValueChanged> changes(List<DocumentEvidence> documents) {
        List<PrintedValueChanged> changes = new ArrayList<>();
        for (DocumentEvidence d : documents) {
            if (d.document() == null || d.reading() == null) {
                continue;
            }
            List<Page> pages = pages(d);
            numberOn(pages).flatMap(printed::find).ifPresent(form -> changes.addAll(compare(d, form, pages)));
        }
        return changes;
    }

    /** A page's text as rules compare it (NFKC, no whitespace), line by line. */
    record Page(int number, List<String> lines) {}

    private static List<Page> pages(DocumentEvidence d) {
        Set<Integer> unreadable =
                d.reading().unreadable().stream().map(UnreadablePage::page).collect(Collectors.toSet());
        List<Page> pages = new ArrayList<>();
        for (IngestedPage page : d.document().pages()) {
            if (unreadable.contains(page.number())) {
                continue;
            }
            List<String> lines = page.text()
                    .lines()
                    .map(Text::normalise)
                    .filter(l -> !l.isEmpty())
                    .toList();
            pages.add(new Page(page.number(), lines));
        }
        return pages;
    }

    static Optional<String> numberOn(List<Page> pages) {
        for (Page page : pages) {
            for (String line : page.lines()) {
                Matcher m = NUMBER.matcher(line);
                if (m.find()) {
                    return Optional.of(m.group(1));
                }
            }
        }
        return Optional.empty();
    }

    private static List<PrintedValueChanged> compare(DocumentEvidence d, PrintedForms.Printed form, List<Page> pages) {
        List<String> labels = form.fields().stream()
                .map(f -> Text.normalise(f.label()))
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
        List<PrintedValueChanged> changes = new ArrayList<>();
        for (PrintedForms.PrintedField field : form.fields()) {
            if (field.value() == null || field.path() == null || COMPARED_WITH_REQUEST.contains(field.path())) {
                continue;
            }
            String expected = Text.normalise(field.value());
            find(Text.normalise(field.label()), labels, pages)
                    .filter(read -> !read.value().isEmpty() && !sameValue(expected, read))
                    .ifPresent(read -> changes.add(new PrintedValueChanged(
                            d.id(),
                            d.document().declaredName(),
                            read.page(),
                            field.path(),
                            field.label(),
                            field.value(),
                            read.value(),
                            form.number())));
        }
        return changes;
    }

    /** A value the same as printed; a long value may go on over the next lines of its cell. */
    private static boolean sameValue(String expected, Read read) {
        return expected.equalsIgnoreCase(read.value())
                || expected.length() > read.value().length()
                        && read.withFollowing().toLowerCase(Locale.ROOT).startsWith(expected.toLowerCase(Locale.ROOT));
    }

    /**
     * What stands after {@code label} on the first line that has it, up to the next label or source
     * note on that line; and the same with the lines after it, while the value runs to their ends,
     * up to the next line holding a label.
     */
    record Read(int page, String value, String withFollowing) {}

    static Optional<Read> find(String label, List<String> labels, List<Page> pages) {
        for (Page page : pages) {
            List<String> lines = page.lines();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                int at = labelAt(line, label, labels);
                if (at < 0) {
                    continue;
                }
                String rest = line.substring(at + label.length());
                rest = rest.startsWith(":") ? rest.substring(1) : rest;
                String value = cut(rest, labels);
                StringBuilder following = new StringBuilder(value);
                // A value ended on its line (by its source note or the next label) does not go on:
                // the line after it is another row (a section heading, 个体工商户信息).
                boolean ended = value.length() < rest.length();
                for (int j = i + 1; !ended && j < lines.size() && firstLabel(lines.get(j), labels) < 0; j++) {
                    String more = cut(lines.get(j), labels);
                    following.append(more);
                    ended = more.length() < lines.get(j).length();
                }
                return Optional.of(new Read(page.number(), value, following.toString()));
            }
        }
        return Optional.empty();
    }

    /** Where {@code label} stands in {@code line} as a label of its own, not inside a longer one. */
    private static int labelAt(String line, String label, List<String> labels) {
        for (int from = line.indexOf(label); from >= 0; from = line.indexOf(label, from + 1)) {
            if (!insideLonger(line, from, label, labels)) {
                return from;
            }
        }
        return -1;
    }

    private static boolean insideLonger(String line, int at, String label, List<String> labels) {
        for (String longer : labels) {
            if (longer.length() <= label.length() || !longer.contains(label)) {
                continue;
            }
            for (int from = line.indexOf(longer); from >= 0; from = line.indexOf(longer, from + 1)) {
                if (from <= at && at + label.length() <= from + longer.length()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int firstLabel(String line, List<String> labels) {
        if (SOURCE.matcher(line).lookingAt()) {
            return 0;
        }
        int first = -1;
        for (String l : labels) {
            int at = labelAt(line, l, labels);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }

    /** {@code text} up to the next label or source note. */
    private static String cut(String text, List<String> labels) {
        int end = text.length();
        Matcher source = SOURCE.matcher(text);
        if (source.find()) {
            end = source.start();
        }
        int label = firstLabel(text, labels);
        if (label >= 0 && label < end) {
            end = label;
        }
        return text.substring(0, end);
    }
}
