package org.yici.ingest;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Puts the text boxes of a page in the order a person reads them. Text outside ruled tables is
 * read in lines, top to bottom, left to right, as before tables were read; a table comes where its
 * top rule is. A ruled table is read row by row and, in a row, cell by cell from the left, each
 * cell's lines together: a form keeps its label beside its value even when the label takes two
 * lines or the value is typed higher or lower than the label. A box on a cell border belongs to
 * the cell holding most of it.
 *
 * <p>A row of cells comes out as one line (label, value, next label, ...), which is how the field
 * reader finds a value after its label (it drops the spaces the OCR engine joins boxes with); a
 * cell spanning the whole table (a heading, a paragraph of terms) keeps its own lines, and a row
 * that is a list without rules between its entries is read entry by entry. The page's slope is
 * measured from its ink, so a page turned by a few degrees reads like a straight one.
 *
 * <p>Layout classes: {@link InkMask} (ink at 150 dpi), {@link PageSkew} (slope), {@link RuledLines}
 * (rule candidates), {@link RuledTables} (rules that form grids), {@link TableCells} (cells,
 * merged ones included), {@link TextLines} (boxes into lines).
 */
final class ReadingOrder {
    /** Turns under this many degrees are taken as none: a straight page reads as it always did. */
    static final double MIN_SKEW_DEGREES = 0.3;
    /** Cells with this many lines side by side may be a list (see {@link #listedLines}). */
    static final int LISTED_LINES = 3;
    /**
     * Lines of a cell further apart than this many line heights (middle to middle) are separate
     * paragraphs; a wrapped label or value is about 1.2 to 1.5 apart.
     */
    static final double SPREAD_LINES = 2.5;

    /**
     * The ink's slope and the text lines' may differ this much. Signatures across an ID card made
     * the ink's profile sharpest at 4 and 10 degrees on a straight card (tuning pages), so a
     * label and its value fell into two lines, the value first.
     */
    static final double MAX_DISAGREEMENT_DEGREES = 1.0;

    private ReadingOrder() {}

    /**
     * @param boxes the page's boxes in any order
     * @param page the recognised page image (grey), for layout cues such as ruled lines; the
     *     boxes are in its pixels
     * @return lines of the page in reading order, each line's boxes left to right
     */
    static List<List<TextBox>> lines(List<TextBox> boxes, BufferedImage page) {
        return lines(boxes, page, OptionalDouble.empty());
    }

    /**
     * @param lineSlope the slope the text lines themselves run at (the detector's rectangles),
     *     when known: where the ink's slope differs from it by more than {@link
     *     #MAX_DISAGREEMENT_DEGREES}, something that is no text set the ink's slope and the lines'
     *     is taken
     */
    static List<List<TextBox>> lines(List<TextBox> boxes, BufferedImage page, OptionalDouble lineSlope) {
        if (boxes.isEmpty() || page == null) {
            return TextLines.group(boxes, 0);
        }
        InkMask mask = InkMask.of(page, medianHeight(boxes));
        if (mask.tooSmall()) {
            return TextLines.group(boxes, 0);
        }
        double slope = PageSkew.slope(mask);
        if (lineSlope.isPresent()
                && Math.abs(Math.toDegrees(Math.atan(slope) - Math.atan(lineSlope.getAsDouble())))
                        > MAX_DISAGREEMENT_DEGREES) {
            slope = lineSlope.getAsDouble();
        }
        double textSlope = Math.abs(Math.toDegrees(Math.atan(slope))) < MIN_SKEW_DEGREES ? 0 : slope;
        List<TableCells> tables = RuledTables.find(RuledLines.find(mask, slope), mask);
        return order(boxes, tables, slope, textSlope);
    }

    /** The ruled tables of a page whose text boxes are known (they give the print's scale). */
    static List<TableCells> tables(List<TextBox> boxes, BufferedImage page) {
        InkMask mask = InkMask.of(page, boxes.isEmpty() ? 0 : medianHeight(boxes));
        if (mask.tooSmall()) {
            return List.of();
        }
        return RuledTables.find(RuledLines.find(mask, PageSkew.slope(mask)), mask);
    }

    private static List<List<TextBox>> order(
            List<TextBox> boxes, List<TableCells> tables, double slope, double textSlope) {
        if (tables.isEmpty()) {
            return TextLines.group(boxes, textSlope);
        }
        List<TextBox> free = new ArrayList<>();
        List<List<List<TextBox>>> inCells = new ArrayList<>();
        for (TableCells t : tables) {
            List<List<TextBox>> perCell = new ArrayList<>();
            t.cells().forEach(c -> perCell.add(new ArrayList<>()));
            inCells.add(perCell);
        }
        for (TextBox b : boxes) {
            if (!placeInCell(b, slope, tables, inCells)) {
                free.add(b);
            }
        }
        List<List<TextBox>> freeLines = TextLines.group(free, textSlope);
        List<List<TextBox>> out = new ArrayList<>();
        int next = 0;
        for (List<TextBox> line : freeLines) {
            double middle = line.stream()
                    .mapToDouble(b -> TextLines.middle(b, slope))
                    .average()
                    .orElse(0);
            while (next < tables.size() && tables.get(next).top() < middle) {
                read(tables.get(next), inCells.get(next), textSlope, out);
                next++;
            }
            out.add(line);
        }
        for (; next < tables.size(); next++) {
            read(tables.get(next), inCells.get(next), textSlope, out);
        }
        return out;
    }

    private static double medianHeight(List<TextBox> boxes) {
        int[] h = boxes.stream().mapToInt(b -> b.box().height()).sorted().toArray();
        return h[h.length / 2];
    }

    /** Puts the box in the cell holding most of it; false when no table's cell does. */
    private static boolean placeInCell(
            TextBox b, double slope, List<TableCells> tables, List<List<List<TextBox>>> inCells) {
        BoundingBox r = b.box();
        double cx = r.x() + r.width() / 2.0;
        double cy = r.y() + r.height() / 2.0;
        // The straightened frame of RuledTables.Frame; the box's upright bounds shrink back to the
        // text they hold.
        double sx = cx + cy * slope;
        double sy = cy - cx * slope;
        double halfWidth = Math.max(0.5, r.width() - r.height() * Math.abs(slope)) / 2;
        double halfHeight = TextLines.height(b, slope) / 2;
        // A table drawn inside another's cell holds the box in its own, smaller cell.
        int table = -1;
        int cell = -1;
        double smallest = Double.MAX_VALUE;
        for (int t = 0; t < tables.size(); t++) {
            int c = tables.get(t).cellOf(sx, sy, halfWidth, halfHeight);
            if (c >= 0 && tables.get(t).area(c) < smallest) {
                smallest = tables.get(t).area(c);
                table = t;
                cell = c;
            }
        }
        if (table < 0) {
            return false;
        }
        inCells.get(table).get(cell).add(b);
        return true;
    }

    /** A table's cells by the row they start in, then from the left; see the class comment. */
    private static void read(TableCells table, List<List<TextBox>> inCells, double slope, List<List<TextBox>> out) {
        List<TableCells.Cell> cells = new ArrayList<>(table.cells());
        cells.removeIf(c -> inCells.get(c.id()).isEmpty());
        cells.sort(Comparator.comparingInt(TableCells.Cell::top).thenComparingInt(TableCells.Cell::left));
        for (int i = 0; i < cells.size(); ) {
            int j = i;
            while (j < cells.size() && cells.get(j).top() == cells.get(i).top()) {
                j++;
            }
            readRow(table, cells.subList(i, j), inCells, slope, out);
            i = j;
        }
    }

    /** The cells that start in one grid row. */
    private static void readRow(
            TableCells table,
            List<TableCells.Cell> cells,
            List<List<TextBox>> inCells,
            double slope,
            List<List<TextBox>> out) {
        List<List<List<TextBox>>> linesOf = new ArrayList<>();
        for (TableCells.Cell c : cells) {
            linesOf.add(TextLines.group(inCells.get(c.id()), slope));
        }
        List<List<TextBox>> listed = listedLines(cells, linesOf, inCells, slope);
        if (listed != null) {
            out.addAll(listed);
            return;
        }
        List<TextBox> row = new ArrayList<>();
        for (int k = 0; k < cells.size(); k++) {
            TableCells.Cell c = cells.get(k);
            if ((c.left() == 0 && c.right() == table.columns()) || spread(linesOf.get(k), slope)) {
                flush(row, out);
                out.addAll(linesOf.get(k));
            } else {
                linesOf.get(k).forEach(row::addAll);
            }
        }
        flush(row, out);
    }

    /**
     * A row whose rules between entries were left out (a list of materials with a column for the
     * count): when two or more cells of the row hold {@value #LISTED_LINES} lines or more, and the
     * lines of all its cells fall into no more lines than the longest cell has, the row is read line
     * by line across its cells. Null for any other row.
     */
    private static List<List<TextBox>> listedLines(
            List<TableCells.Cell> cells, List<List<List<TextBox>>> linesOf, List<List<TextBox>> inCells, double slope) {
        int tall = 0;
        int most = 0;
        for (List<List<TextBox>> lines : linesOf) {
            tall += lines.size() >= LISTED_LINES ? 1 : 0;
            most = Math.max(most, lines.size());
        }
        if (tall < 2) {
            return null;
        }
        List<TextBox> all = new ArrayList<>();
        cells.forEach(c -> all.addAll(inCells.get(c.id())));
        List<List<TextBox>> across = TextLines.group(all, slope);
        return across.size() <= most ? across : null;
    }

    /**
     * Lines of one cell with an empty line's height or more between them: separate paragraphs (a
     * photo's paper edge taken for a frame around the page holds the title and the text under a
     * table), not a label or value that wraps, so they keep their own lines.
     */
    static boolean spread(List<List<TextBox>> lines, double slope) {
        for (int i = 1; i < lines.size(); i++) {
            double above = middleOf(lines.get(i - 1), slope);
            double below = middleOf(lines.get(i), slope);
            double height = Math.max(heightOf(lines.get(i - 1), slope), heightOf(lines.get(i), slope));
            if (below - above > SPREAD_LINES * height) {
                return true;
            }
        }
        return false;
    }

    private static double middleOf(List<TextBox> line, double slope) {
        return line.stream()
                .mapToDouble(b -> TextLines.middle(b, slope))
                .average()
                .orElse(0);
    }

    private static double heightOf(List<TextBox> line, double slope) {
        return line.stream().mapToDouble(b -> TextLines.height(b, slope)).max().orElse(0);
    }

    private static void flush(List<TextBox> row, List<List<TextBox>> out) {
        if (!row.isEmpty()) {
            out.add(new ArrayList<>(row));
            row.clear();
        }
    }
}
