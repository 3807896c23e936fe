package org.yici.ingest;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Puts the text boxes of a page in the order a person reads them. Text outside ruled tables is
 * read in lines, top to bottom, left to right. A ruled table is read row by row and, in a row, cell
 * by cell from the left, each cell's lines together: a form keeps its label beside its value even
 * when the label takes two lines or the value is set lower than the label.
 *
 * <p>A row of cells comes out as one line (label, value, next label, ...), which is how the field
 * reader finds a value after its label; a cell spanning the whole table (a heading, a paragraph of
 * terms) keeps its own lines.
 */
final class ReadingOrder {
    /** Turns under this many degrees are taken as none: a straight page reads as it always did. */
    static final double MIN_SKEW_DEGREES = 0.3;

    private ReadingOrder() {}

    /**
     * @param boxes the page's boxes in any order
     * @param page the recognised page image (grey), for layout cues such as ruled lines; the
     *     boxes are in its pixels
     * @return lines of the page in reading order, each line's boxes left to right
     */
    static List<List<TextBox>> lines(List<TextBox> boxes, BufferedImage page) {
        if (boxes.isEmpty() || page == null) {
            return TextLines.group(boxes, 0);
        }
        InkMask mask = InkMask.of(page);
        double slope = PageSkew.slope(mask);
        double textSlope = Math.abs(Math.toDegrees(Math.atan(slope))) < MIN_SKEW_DEGREES ? 0 : slope;
        List<TableCells> tables = RuledTables.find(RuledLines.find(mask, slope), mask);
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
                read(tables.get(next), inCells.get(next), slope, out);
                next++;
            }
            out.add(line);
        }
        for (; next < tables.size(); next++) {
            read(tables.get(next), inCells.get(next), slope, out);
        }
        return out;
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
        for (int t = 0; t < tables.size(); t++) {
            int cell = tables.get(t).cellOf(sx, sy, halfWidth, halfHeight);
            if (cell >= 0) {
                inCells.get(t).get(cell).add(b);
                return true;
            }
        }
        return false;
    }

    /** A table's cells by the row they start in, then from the left; see the class comment. */
    private static void read(TableCells table, List<List<TextBox>> inCells, double slope, List<List<TextBox>> out) {
        List<TableCells.Cell> cells = new ArrayList<>(table.cells());
        cells.sort(Comparator.comparingInt(TableCells.Cell::top).thenComparingInt(TableCells.Cell::left));
        List<TextBox> row = new ArrayList<>();
        int rowTop = -1;
        for (TableCells.Cell c : cells) {
            List<TextBox> content = inCells.get(c.id());
            if (content.isEmpty()) {
                continue;
            }
            if (c.top() != rowTop) {
                flush(row, out);
                rowTop = c.top();
            }
            List<List<TextBox>> lines = TextLines.group(content, slope);
            if (c.left() == 0 && c.right() == table.columns()) {
                out.addAll(lines);
            } else {
                lines.forEach(row::addAll);
            }
        }
        flush(row, out);
    }

    private static void flush(List<TextBox> row, List<List<TextBox>> out) {
        if (!row.isEmpty()) {
            out.add(new ArrayList<>(row));
            row.clear();
        }
    }
}
