package org.yici.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The cells of one ruled table. Every rule position makes a grid line; neighbouring grid squares
 * with no rule between them belong to one cell, which is how merged cells (spanning rows or
 * columns) come out, and a square whose outer side has no rule lies outside the table. A rule
 * counts where at least half of the side is ink, so a broken rule still closes a cell and a few
 * strokes of text lying on a grid line do not.
 */
final class TableCells {
    /** Share of a side that must be ink for the side to be a border. */
    private static final double BORDER = 0.5;

    /** One cell: its grid rows {@code [top, bottom)} and columns {@code [left, right)}. */
    record Cell(int id, int top, int left, int bottom, int right) {}

    /** Grid lines in the straightened page frame, page pixels. */
    private final double[] rowLines;

    private final double[] colLines;
    /** Cell id of each grid square, row by row; -1 outside the table. */
    private final int[] square;

    private final List<Cell> cells;

    private TableCells(double[] rowLines, double[] colLines, int[] square, List<Cell> cells) {
        this.rowLines = rowLines;
        this.colLines = colLines;
        this.square = square;
        this.cells = cells;
    }

    List<Cell> cells() {
        return cells;
    }

    int columns() {
        return colLines.length - 1;
    }

    /** y' of the table's top rule, page pixels. */
    double top() {
        return rowLines[0];
    }

    double bottom() {
        return rowLines[rowLines.length - 1];
    }

    static TableCells of(
            List<RuledTables.Placed> horizontal,
            List<RuledTables.Placed> vertical,
            RuledTables.Frame frame,
            double tol) {
        List<List<RuledTables.Placed>> rows = cluster(horizontal, tol);
        List<List<RuledTables.Placed>> cols = cluster(vertical, tol);
        // A table printed without its outer side rules still ends where its rows end: those ends
        // become column lines that count as drawn (an empty cluster), so the outer columns are cells.
        double left =
                median(horizontal.stream().mapToDouble(RuledTables.Placed::from).toArray());
        double right =
                median(horizontal.stream().mapToDouble(RuledTables.Placed::to).toArray());
        if (left < mean(cols.get(0)) - 4 * tol) {
            cols.add(0, new ArrayList<>(List.of(virtual(left))));
        }
        if (right > mean(cols.get(cols.size() - 1)) + 4 * tol) {
            cols.add(new ArrayList<>(List.of(virtual(right))));
        }
        double[] y = rows.stream().mapToDouble(TableCells::mean).toArray();
        double[] x = cols.stream().mapToDouble(TableCells::mean).toArray();
        int nr = y.length - 1;
        int nc = x.length - 1;
        int outside = nr * nc;
        int[] parent = new int[outside + 1];
        for (int i = 0; i <= outside; i++) {
            parent[i] = i;
        }
        for (int r = 0; r < nr; r++) {
            for (int c = 0; c <= nc; c++) {
                // The vertical side at column line c of row r: left of square c.
                if (cover(cols.get(c), y[r], y[r + 1], tol, frame, false) < BORDER) {
                    link(parent, c == 0 ? outside : r * nc + c - 1, c == nc ? outside : r * nc + c);
                }
            }
        }
        for (int r = 0; r <= nr; r++) {
            for (int c = 0; c < nc; c++) {
                if (cover(rows.get(r), x[c], x[c + 1], tol, frame, true) < BORDER) {
                    link(parent, r == 0 ? outside : (r - 1) * nc + c, r == nr ? outside : r * nc + c);
                }
            }
        }
        int[] square = new int[outside];
        Arrays.fill(square, -1);
        int[] idOfRoot = new int[outside + 1];
        Arrays.fill(idOfRoot, -1);
        List<int[]> bounds = new ArrayList<>();
        int outsideRoot = root(parent, outside);
        for (int r = 0; r < nr; r++) {
            for (int c = 0; c < nc; c++) {
                int root = root(parent, r * nc + c);
                if (root == outsideRoot) {
                    continue;
                }
                if (idOfRoot[root] < 0) {
                    idOfRoot[root] = bounds.size();
                    bounds.add(new int[] {r, c, r + 1, c + 1});
                }
                int id = idOfRoot[root];
                int[] b = bounds.get(id);
                b[0] = Math.min(b[0], r);
                b[1] = Math.min(b[1], c);
                b[2] = Math.max(b[2], r + 1);
                b[3] = Math.max(b[3], c + 1);
                square[r * nc + c] = id;
            }
        }
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < bounds.size(); i++) {
            int[] b = bounds.get(i);
            cells.add(new Cell(i, b[0], b[1], b[2], b[3]));
        }
        double s = frame.scale();
        double[] rowLines = Arrays.stream(y).map(v -> (v + 0.5) * s).toArray();
        double[] colLines = Arrays.stream(x).map(v -> (v + 0.5) * s).toArray();
        return new TableCells(rowLines, colLines, square, List.copyOf(cells));
    }

    /** Area of a cell in the straightened frame, page pixels. */
    double area(int cell) {
        Cell c = cells.get(cell);
        return (rowLines[c.bottom()] - rowLines[c.top()]) * (colLines[c.right()] - colLines[c.left()]);
    }

    /**
     * The cell holding most of a box given in the straightened frame (page pixels, centre and half
     * sizes), or -1 when most of the box lies outside the table's cells.
     */
    int cellOf(double cx, double cy, double halfWidth, double halfHeight) {
        double x0 = cx - halfWidth;
        double x1 = cx + halfWidth;
        double y0 = cy - halfHeight;
        double y1 = cy + halfHeight;
        double area = Math.max(1e-9, (x1 - x0) * (y1 - y0));
        double[] byCell = new double[cells.size()];
        int nc = columns();
        for (int r = 0; r + 1 < rowLines.length; r++) {
            double dy = Math.min(y1, rowLines[r + 1]) - Math.max(y0, rowLines[r]);
            if (dy <= 0) {
                continue;
            }
            for (int c = 0; c < nc; c++) {
                double dx = Math.min(x1, colLines[c + 1]) - Math.max(x0, colLines[c]);
                int id = square[r * nc + c];
                if (dx > 0 && id >= 0) {
                    byCell[id] += dx * dy;
                }
            }
        }
        int best = -1;
        double most = 0;
        for (int i = 0; i < byCell.length; i++) {
            if (byCell[i] > most) {
                most = byCell[i];
                best = i;
            }
        }
        // A box mostly beside the table (a caption, a note in the margin) is not the table's.
        return most * 2 >= area ? best : -1;
    }

    /** Rules at about the same place are one grid line (a double border, a rule in pieces). */
    private static List<List<RuledTables.Placed>> cluster(List<RuledTables.Placed> rules, double tol) {
        List<RuledTables.Placed> sorted = new ArrayList<>(rules);
        sorted.sort((a, b) -> Double.compare(a.at(), b.at()));
        List<List<RuledTables.Placed>> clusters = new ArrayList<>();
        for (RuledTables.Placed p : sorted) {
            List<RuledTables.Placed> last = clusters.isEmpty() ? null : clusters.get(clusters.size() - 1);
            if (last != null && p.at() - mean(last) <= tol) {
                last.add(p);
            } else {
                List<RuledTables.Placed> c = new ArrayList<>();
                c.add(p);
                clusters.add(c);
            }
        }
        return clusters;
    }

    /** A grid line no rule was found on, standing where the table's rows end. */
    private static RuledTables.Placed virtual(double at) {
        return new RuledTables.Placed(null, at, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }

    private static double mean(List<RuledTables.Placed> rules) {
        return rules.stream().mapToDouble(RuledTables.Placed::at).average().orElse(0);
    }

    /**
     * Share of the side from {@code a} to {@code b} (straightened frame, mask pixels) that the
     * rules of one grid line cover with ink; the ends are left out, where crossing rules are.
     */
    private static double cover(
            List<RuledTables.Placed> line,
            double a,
            double b,
            double tol,
            RuledTables.Frame frame,
            boolean horizontal) {
        int from = (int) Math.ceil(a + tol);
        int to = (int) Math.floor(b - tol);
        if (to < from) {
            from = (int) Math.ceil((a + b) / 2);
            to = from;
        }
        if (line.get(0).rule() == null) {
            return 1;
        }
        int inked = 0;
        for (int p = from; p <= to; p++) {
            for (RuledTables.Placed rule : line) {
                double along = horizontal ? frame.alongHorizontal(p, rule.at()) : frame.alongVertical(p, rule.at());
                if (rule.rule().inkAt((int) Math.round(along))) {
                    inked++;
                    break;
                }
            }
        }
        return inked / (double) (to - from + 1);
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void link(int[] parent, int a, int b) {
        parent[root(parent, a)] = root(parent, b);
    }
}
