package org.yici.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Which rules form tables: rules that meet each other, horizontal and vertical, at least two of
 * each. A text stroke long enough to pass for a rule rarely reaches from one rule to another, and
 * an underline to write on meets no vertical rule, so both drop out here; a page whose only rules
 * are underlines has no table and keeps the plain reading order.
 */
final class RuledTables {
    /** How far (mask pixels at 150 dpi) a rule may stop short of another and still meet it. */
    static final double MEET = 6;

    private RuledTables() {}

    /** A rule in the page's straightened frame (see {@link Frame}): where it lies and its extent. */
    record Placed(RuledLines.Rule rule, double at, double from, double to) {}

    static List<TableCells> find(RuledLines.Found found, InkMask mask) {
        Frame frame = new Frame(found.slope(), mask.scale);
        double tol = MEET * mask.unit();
        List<Placed> h = new ArrayList<>();
        for (RuledLines.Rule r : found.horizontal()) {
            h.add(frame.placeHorizontal(r));
        }
        List<Placed> v = new ArrayList<>();
        for (RuledLines.Rule r : found.vertical()) {
            v.add(frame.placeVertical(r));
        }
        // Keep rules that join the grid at two places until nothing changes: a vertical between two
        // horizontals, a horizontal crossing two verticals.
        boolean changed = true;
        for (int round = 0; changed && round < 6; round++) {
            int before = h.size() + v.size();
            List<Placed> hs = h;
            List<Placed> keptV =
                    v.stream().filter(x -> distinctMeetings(x, hs, tol) >= 2).toList();
            List<Placed> keptH =
                    h.stream().filter(x -> distinctMeetings(x, keptV, tol) >= 2).toList();
            h = keptH;
            v = keptV;
            changed = h.size() + v.size() != before;
        }
        int n = h.size() + v.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < h.size(); i++) {
            for (int j = 0; j < v.size(); j++) {
                if (meet(h.get(i), v.get(j), tol)) {
                    union(parent, i, h.size() + j);
                }
            }
        }
        List<TableCells> tables = new ArrayList<>();
        for (int root = 0; root < n; root++) {
            if (find(parent, root) != root) {
                continue;
            }
            List<Placed> th = new ArrayList<>();
            List<Placed> tv = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (find(parent, i) == root) {
                    if (i < h.size()) {
                        th.add(h.get(i));
                    } else {
                        tv.add(v.get(i - h.size()));
                    }
                }
            }
            if (th.size() >= 2 && tv.size() >= 2) {
                TableCells table = TableCells.of(th, tv, frame, tol);
                // A frame around text (a card's edge, a boxed notice) is no table: its text reads
                // as plain lines, and a table inside the frame is a table of its own.
                if (table.cells().size() > 1) {
                    tables.add(table);
                }
            }
        }
        tables.sort((a, b) -> Double.compare(a.top(), b.top()));
        return tables;
    }

    /** Rules of the other direction this one meets, counting rules at the same place once. */
    private static int distinctMeetings(Placed rule, List<Placed> others, double tol) {
        List<Double> places = new ArrayList<>();
        for (Placed o : others) {
            boolean meets = rule.rule().horizontal() ? meet(rule, o, tol) : meet(o, rule, tol);
            if (meets && places.stream().noneMatch(p -> Math.abs(p - o.at()) <= tol)) {
                places.add(o.at());
            }
        }
        return places.size();
    }

    static boolean meet(Placed horizontal, Placed vertical, double tol) {
        return vertical.at() >= horizontal.from() - tol
                && vertical.at() <= horizontal.to() + tol
                && horizontal.at() >= vertical.from() - tol
                && horizontal.at() <= vertical.to() + tol;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }

    /**
     * The page straightened by a shear: {@code x' = x + y·t}, {@code y' = y - x·t} for the page's
     * slope t. Horizontal rules become rows of constant y', vertical rules columns of constant x';
     * for turns of a few degrees this is a rotation up to a stretch of t², well under a pixel a cell.
     * Mask coordinates times {@code scale} are page coordinates; the shear is the same in both.
     */
    record Frame(double slope, int scale) {
        Placed placeHorizontal(RuledLines.Rule r) {
            double y0 = r.offset();
            return new Placed(r, y0, xPrime(r.from(), y0), xPrime(r.to(), y0));
        }

        Placed placeVertical(RuledLines.Rule r) {
            double x0 = r.offset();
            return new Placed(r, x0, yPrime(r.from(), x0), yPrime(r.to(), x0));
        }

        /** x' of the point at {@code along} on the horizontal rule through y = y0 at x = 0. */
        double xPrime(double along, double y0) {
            return along * (1 + slope * slope) + y0 * slope;
        }

        /** y' of the point at {@code along} on the vertical rule through x = x0 at y = 0. */
        double yPrime(double along, double x0) {
            return along * (1 + slope * slope) - x0 * slope;
        }

        /** Inverse of {@link #xPrime}: the position along a horizontal rule at y0. */
        double alongHorizontal(double xPrime, double y0) {
            return (xPrime - y0 * slope) / (1 + slope * slope);
        }

        /** Inverse of {@link #yPrime}: the position along a vertical rule at x0. */
        double alongVertical(double yPrime, double x0) {
            return (yPrime + x0 * slope) / (1 + slope * slope);
        }
    }
}
