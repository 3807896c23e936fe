package org.yici.ingest;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * PP-OCR's text detector (DB, differentiable binarisation): a probability map of "text here" at
 * the scaled page, thresholded into regions, each region's minimum-area rectangle scored and grown
 * back to the ink it shrank from in training. Settings follow PaddleOCR's published defaults.
 */
final class PaddleDetector {
    /** Pixels whose text probability exceeds this belong to a region. */
    private static final float PIXEL_THRESHOLD = 0.3f;
    /** Regions whose mean probability is below this are dropped as noise. */
    private static final double REGION_THRESHOLD = 0.6;
    /** The detector was trained on regions shrunk by this ratio; grow them back by as much. */
    private static final double UNCLIP_RATIO = 1.5;

    private static final int MIN_SIDE = 3;
    /** Heavy noise can turn into thousands of specks; a real page has far fewer lines. */
    static final int MAX_REGIONS = 1000;
    // ImageNet statistics PP-OCR's detector was trained with, in the B, G, R order of OpenCV.
    private static final float[] MEAN = {0.485f, 0.456f, 0.406f};
    private static final float[] STD = {0.229f, 0.224f, 0.225f};

    private final PaddleModels models;
    private final int maxSide;

    PaddleDetector(PaddleModels models, int maxSide) {
        this.models = models;
        this.maxSide = maxSide;
    }

    /** A text region on the page and how sure the detector is of it. */
    record Region(Quad quad, double score) {}

    /** @param bgr the page as packed 8-bit B, G, R (see {@link PaddleImages#bgr}) */
    List<Region> detect(PaddleImages.Bgr bgr) throws OrtException {
        int w = bgr.width();
        int h = bgr.height();
        double ratio = Math.max(w, h) > maxSide ? (double) maxSide / Math.max(w, h) : 1.0;
        int dw = Math.max(32, (int) Math.round(w * ratio / 32) * 32);
        int dh = Math.max(32, (int) Math.round(h * ratio / 32) * 32);
        float[] input = PaddleImages.resizeNormalised(bgr, dw, dh, MEAN, STD);
        float[] map;
        try (OnnxTensor tensor = OnnxTensor.createTensor(
                        models.environment, FloatBuffer.wrap(input), new long[] {1, 3, dh, dw});
                OrtSession.Result result = models.detector.run(Map.of(inputName(), tensor))) {
            FloatBuffer out = ((OnnxTensor) result.get(0)).getFloatBuffer();
            map = new float[out.remaining()];
            out.get(map);
        }
        List<Region> regions = regions(map, dw, dh);
        double sx = (double) w / dw;
        double sy = (double) h / dh;
        List<Region> scaled = new ArrayList<>(regions.size());
        for (Region r : regions) {
            scaled.add(new Region(r.quad().scaled(sx, sy), r.score()));
        }
        return scaled;
    }

    private String inputName() {
        return models.detector.getInputNames().iterator().next();
    }

    /** Connected regions of the thresholded map (8-connected), as rectangles in map pixels. */
    static List<Region> regions(float[] map, int w, int h) {
        int[] label = new int[w * h];
        int[] stack = new int[w * h];
        // Per row of a region only its leftmost and rightmost pixel can be on the convex hull.
        int[] hullX = new int[2 * h];
        int[] hullY = new int[2 * h];
        int[] rowMin = new int[h];
        int[] rowMax = new int[h];
        Arrays.fill(rowMin, Integer.MAX_VALUE);
        Arrays.fill(rowMax, -1);
        List<Region> regions = new ArrayList<>();
        for (int start = 0; start < w * h && regions.size() < MAX_REGIONS; start++) {
            if (map[start] <= PIXEL_THRESHOLD || label[start] != 0) {
                continue;
            }
            int top = h;
            int bottom = -1;
            int sp = 0;
            stack[sp++] = start;
            label[start] = 1;
            while (sp > 0) {
                int p = stack[--sp];
                int x = p % w;
                int y = p / w;
                top = Math.min(top, y);
                bottom = Math.max(bottom, y);
                rowMin[y] = Math.min(rowMin[y], x);
                rowMax[y] = Math.max(rowMax[y], x);
                for (int ny = Math.max(0, y - 1); ny <= Math.min(h - 1, y + 1); ny++) {
                    for (int nx = Math.max(0, x - 1); nx <= Math.min(w - 1, x + 1); nx++) {
                        int q = ny * w + nx;
                        if (label[q] == 0 && map[q] > PIXEL_THRESHOLD) {
                            label[q] = 1;
                            stack[sp++] = q;
                        }
                    }
                }
            }
            int n = 0;
            for (int r = top; r <= bottom; r++) {
                if (rowMax[r] >= 0) {
                    hullX[n] = rowMin[r];
                    hullY[n++] = r;
                    hullX[n] = rowMax[r];
                    hullY[n++] = r;
                }
                rowMin[r] = Integer.MAX_VALUE;
                rowMax[r] = -1;
            }
            Quad quad = Quad.minAreaRect(hullX, hullY, n);
            if (Math.min(quad.width(), quad.height()) < MIN_SIDE) {
                continue;
            }
            double score = meanInside(map, w, h, quad);
            if (score < REGION_THRESHOLD) {
                continue;
            }
            double area = quad.width() * quad.height();
            double perimeter = 2 * (quad.width() + quad.height());
            Quad grown = quad.grown(area * UNCLIP_RATIO / perimeter);
            if (Math.min(grown.width(), grown.height()) < MIN_SIDE + 2) {
                continue;
            }
            regions.add(new Region(grown, score));
        }
        return regions;
    }

    /** Mean probability inside the rectangle (PaddleOCR's "box score"). */
    private static double meanInside(float[] map, int w, int h, Quad q) {
        BoundingBox b = q.bounds(w, h);
        double a = q.angle();
        double ux = Math.cos(a);
        double uy = Math.sin(a);
        double cx = (q.xs()[0] + q.xs()[2]) / 2;
        double cy = (q.ys()[0] + q.ys()[2]) / 2;
        double halfW = q.width() / 2;
        double halfH = q.height() / 2;
        double sum = 0;
        int count = 0;
        for (int y = b.y(); y < b.y() + b.height(); y++) {
            for (int x = b.x(); x < b.x() + b.width(); x++) {
                double dx = x + 0.5 - cx;
                double dy = y + 0.5 - cy;
                if (Math.abs(dx * ux + dy * uy) <= halfW && Math.abs(-dx * uy + dy * ux) <= halfH) {
                    sum += map[y * w + x];
                    count++;
                }
            }
        }
        return count == 0 ? 0 : sum / count;
    }
}
