package org.yici.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A rotated rectangle around a text region: corners clockwise from the top left as read, in
 * pixels. The detector's regions are the smallest such rectangles around their pixels, so a line
 * printed or scanned a little askew is cropped along its slant rather than with its neighbours.
 */
record Quad(double[] xs, double[] ys) {

    /** Length of the top edge: the direction text runs in. */
    double width() {
        return Math.max(Math.hypot(xs[1] - xs[0], ys[1] - ys[0]), Math.hypot(xs[2] - xs[3], ys[2] - ys[3]));
    }

    double height() {
        return Math.max(Math.hypot(xs[3] - xs[0], ys[3] - ys[0]), Math.hypot(xs[2] - xs[1], ys[2] - ys[1]));
    }

    /** Angle of the top edge in radians; positive turns clockwise on the image. */
    double angle() {
        return Math.atan2(ys[1] - ys[0], xs[1] - xs[0]);
    }

    Quad scaled(double sx, double sy) {
        double[] x = xs.clone();
        double[] y = ys.clone();
        for (int i = 0; i < 4; i++) {
            x[i] *= sx;
            y[i] *= sy;
        }
        return new Quad(x, y);
    }

    BoundingBox bounds(int maxWidth, int maxHeight) {
        int x0 = (int) Math.floor(Math.max(0, Arrays.stream(xs).min().orElse(0)));
        int y0 = (int) Math.floor(Math.max(0, Arrays.stream(ys).min().orElse(0)));
        int x1 = (int) Math.ceil(Math.min(maxWidth, Arrays.stream(xs).max().orElse(0)));
        int y1 = (int) Math.ceil(Math.min(maxHeight, Arrays.stream(ys).max().orElse(0)));
        return new BoundingBox(x0, y0, Math.max(1, x1 - x0), Math.max(1, y1 - y0));
    }

    /** Grows every side outwards by {@code distance} (the DB detector's "unclip" of a rectangle). */
    Quad grown(double distance) {
        double cx = Arrays.stream(xs).average().orElse(0);
        double cy = Arrays.stream(ys).average().orElse(0);
        double a = angle();
        double ux = Math.cos(a);
        double uy = Math.sin(a);
        double halfW = width() / 2 + distance;
        double halfH = height() / 2 + distance;
        return centred(cx, cy, ux, uy, halfW, halfH);
    }

    private static Quad centred(double cx, double cy, double ux, double uy, double halfW, double halfH) {
        // u runs along the text, v = u turned a quarter clockwise points down the page.
        double vx = -uy;
        double vy = ux;
        double[] x = {
            cx - ux * halfW - vx * halfH,
            cx + ux * halfW - vx * halfH,
            cx + ux * halfW + vx * halfH,
            cx - ux * halfW + vx * halfH
        };
        double[] y = {
            cy - uy * halfW - vy * halfH,
            cy + uy * halfW - vy * halfH,
            cy + uy * halfW + vy * halfH,
            cy - uy * halfW + vy * halfH
        };
        return new Quad(x, y);
    }

    /**
     * The minimum-area rectangle around points (rotating calipers over their convex hull), with its
     * long side taken as the text direction and the angle kept within ±45° of horizontal, so a
     * vertical line of text comes out tall rather than turned.
     *
     * @param px x coordinates; {@code py} y coordinates, same length, at least one point
     */
    static Quad minAreaRect(int[] px, int[] py, int n) {
        List<long[]> hull = convexHull(px, py, n);
        if (hull.size() < 3) {
            long[] a = hull.get(0);
            long[] b = hull.get(hull.size() - 1);
            double minX = Math.min(a[0], b[0]);
            double minY = Math.min(a[1], b[1]);
            double maxX = Math.max(a[0], b[0]) + 1;
            double maxY = Math.max(a[1], b[1]) + 1;
            return new Quad(new double[] {minX, maxX, maxX, minX}, new double[] {minY, minY, maxY, maxY});
        }
        double bestArea = Double.MAX_VALUE;
        double[] best = null;
        for (int i = 0; i < hull.size(); i++) {
            long[] p = hull.get(i);
            long[] q = hull.get((i + 1) % hull.size());
            double len = Math.hypot(q[0] - p[0], q[1] - p[1]);
            if (len == 0) {
                continue;
            }
            double ux = (q[0] - p[0]) / len;
            double uy = (q[1] - p[1]) / len;
            double minU = Double.MAX_VALUE, maxU = -Double.MAX_VALUE, minV = Double.MAX_VALUE, maxV = -Double.MAX_VALUE;
            for (long[] h : hull) {
                double u = h[0] * ux + h[1] * uy;
                double v = -h[0] * uy + h[1] * ux;
                minU = Math.min(minU, u);
                maxU = Math.max(maxU, u);
                minV = Math.min(minV, v);
                maxV = Math.max(maxV, v);
            }
            double area = (maxU - minU) * (maxV - minV);
            if (area < bestArea) {
                bestArea = area;
                best = new double[] {ux, uy, minU, maxU, minV, maxV};
            }
        }
        double ux = best[0], uy = best[1];
        // Pixels are unit squares: the rectangle around their top-left corners misses half a pixel each side.
        double halfW = (best[3] - best[2]) / 2 + 0.5;
        double halfH = (best[5] - best[4]) / 2 + 0.5;
        double cu = (best[2] + best[3]) / 2;
        double cv = (best[4] + best[5]) / 2;
        double cx = cu * ux - cv * uy + 0.5;
        double cy = cu * uy + cv * ux + 0.5;
        // Normalise: u along the long side, pointing right within ±45°.
        if (halfH > halfW) {
            double t = halfW;
            halfW = halfH;
            halfH = t;
            double nx = -uy;
            double ny = ux;
            ux = nx;
            uy = ny;
        }
        if (Math.abs(ux) < Math.abs(uy)) {
            // A tall region: keep it upright (its long side vertical) rather than lying on its side.
            double t = halfW;
            halfW = halfH;
            halfH = t;
            double nx = -uy;
            double ny = ux;
            ux = nx;
            uy = ny;
        }
        if (ux < 0) {
            ux = -ux;
            uy = -uy;
        }
        return centred(cx, cy, ux, uy, halfW, halfH);
    }

    /** Andrew's monotone chain; collinear points dropped. */
    private static List<long[]> convexHull(int[] px, int[] py, int n) {
        long[][] pts = new long[n][];
        for (int i = 0; i < n; i++) {
            pts[i] = new long[] {px[i], py[i]};
        }
        Arrays.sort(pts, Comparator.<long[]>comparingLong(p -> p[0]).thenComparingLong(p -> p[1]));
        List<long[]> hull = new ArrayList<>();
        for (int pass = 0; pass < 2; pass++) {
            int start = hull.size();
            for (int k = 0; k < n; k++) {
                long[] p = pts[pass == 0 ? k : n - 1 - k];
                while (hull.size() >= start + 2
                        && cross(hull.get(hull.size() - 2), hull.get(hull.size() - 1), p) <= 0) {
                    hull.remove(hull.size() - 1);
                }
                hull.add(p);
            }
            hull.remove(hull.size() - 1);
        }
        return hull.isEmpty() ? List.of(pts[0]) : hull;
    }

    private static long cross(long[] o, long[] a, long[] b) {
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
    }
}
