package org.yici.ingest.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * What one material of the split corpus prints, block by block from the top, and which of its
 * values are fields a content check would read. The ground truth is the blocks' text in reading
 * order: a table row by row, cells left to right.
 */
final class Sheet {
    enum Shape {
        A4(210, 297),
        A4_LANDSCAPE(297, 210),
        CARD(85.6, 54);

        final double widthMm;
        final double heightMm;

        Shape(double widthMm, double heightMm) {
            this.widthMm = widthMm;
            this.heightMm = heightMm;
        }
    }

    sealed interface Block permits Title, Line, Pair, Table, Paragraph, Space {}

    /** A centred heading; {@code scale} relative to the page's title size. */
    record Title(String text, double scale) implements Block {}

    /** A printed label followed by a value, printed or written by hand. */
    record Line(String label, String value, boolean handwritten) implements Block {}

    /** Two printed items on one line, the second starting at the middle of the page. */
    record Pair(String left, String right) implements Block {}

    /** A ruled table; cell widths are fractions of the table width and add up to 1 per row. */
    record Table(List<List<Cell>> rows) implements Block {}

    record Cell(String text, double width, boolean handwritten) {}

    /** Running text, wrapped at a fixed number of characters per line. */
    record Paragraph(String text) implements Block {}

    record Space(double mm) implements Block {}

    final Shape shape;
    final List<Block> blocks = new ArrayList<>();
    final List<String> fields = new ArrayList<>();
    /** Where a signature belongs: the label line it follows ("委托人（签字）："), or null. */
    String signatureLabel;
    /** The issuing authority's seal the material always carries (a licence), or null. */
    String ownSeal;
    /** The ID card front's photo, or the back's national emblem. */
    boolean photo;

    boolean emblem;

    /**
     * Signature labels a party signed after, in pen (the content corpus); the renderer draws a
     * scrawl right of each. Empty for the split corpus, whose signatures are a degradation.
     */
    final java.util.Set<String> signedLabels = new java.util.LinkedHashSet<>();

    Sheet(Shape shape) {
        this.shape = shape;
    }

    Sheet title(String text) {
        blocks.add(new Title(text, 1));
        return this;
    }

    Sheet title(String text, double scale) {
        blocks.add(new Title(text, scale));
        return this;
    }

    Sheet line(String text) {
        blocks.add(new Line(text, "", false));
        return this;
    }

    /** A label and its printed value, the value recorded as a field. */
    Sheet field(String label, String value) {
        blocks.add(new Line(label, value, false));
        fields.add(value);
        return this;
    }

    /** A label and a value written by hand, the value recorded as a field. */
    Sheet handwritten(String label, String value) {
        blocks.add(new Line(label, value, true));
        fields.add(value);
        return this;
    }

    Sheet pair(String left, String right) {
        blocks.add(new Pair(left, right));
        return this;
    }

    Sheet table(List<List<Cell>> rows) {
        blocks.add(new Table(rows));
        return this;
    }

    Sheet paragraph(String text) {
        blocks.add(new Paragraph(text));
        return this;
    }

    Sheet space(double mm) {
        blocks.add(new Space(mm));
        return this;
    }

    Sheet fields(String... values) {
        fields.addAll(List.of(values));
        return this;
    }

    /** Characters per wrapped paragraph line: a fixed count, so the truth does not depend on the font. */
    int paragraphChars() {
        return shape == Shape.A4_LANDSCAPE ? 36 : shape == Shape.CARD ? 16 : 30;
    }

    /** Everything printed or written, one line per printed line (seals and signatures excluded). */
    String groundTruth() {
        List<String> lines = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Title t) {
                lines.add(t.text());
            } else if (b instanceof Line l) {
                lines.add(l.label() + l.value());
            } else if (b instanceof Pair p) {
                lines.add(p.left() + "　" + p.right());
            } else if (b instanceof Table t) {
                for (List<Cell> row : t.rows()) {
                    lines.add(String.join(
                            "　",
                            row.stream()
                                    .map(Cell::text)
                                    .filter(s -> !s.isEmpty())
                                    .toList()));
                }
            } else if (b instanceof Paragraph p) {
                lines.addAll(wrap(p.text(), paragraphChars()));
            }
        }
        return String.join("\n", lines);
    }

    static List<String> wrap(String text, int chars) {
        List<String> lines = new ArrayList<>();
        int[] cps = text.codePoints().toArray();
        for (int i = 0; i < cps.length; i += chars) {
            lines.add(new String(cps, i, Math.min(chars, cps.length - i)));
        }
        return lines;
    }
}
