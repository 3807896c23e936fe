package org.yici.ingest;

import ai.onnxruntime.OrtException;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a page with PP-OCR: finds text regions, turns a page scanned sideways or upside down,
 * straightens and reads each region, drops what the recogniser is unsure of, and puts the rest in
 * reading order. The models are shared ({@link PaddleModels}); this object holds no state between
 * pages.
 */
final class PaddleEngine implements OcrEngine {
    /** Regions read with less mean confidence are left out of the text (PaddleOCR's drop score). */
    static final double DROP_CONFIDENCE = 0.5;
    /** A region this much taller than wide is a line of text running down the page. */
    private static final double TALL = 1.5;
    /** So few regions say nothing about the page's orientation. */
    private static final int MIN_REGIONS_FOR_ORIENTATION = 3;

    private final PaddleDetector detector;
    private final PaddleClassifier classifier;
    private final PaddleRecognizer recognizer;
    private final boolean dropRed;

    /**
     * @param dropRed read the page with clearly red pixels turned to paper, so a red seal
     *     disappears while the black text under it stays (tuning split: text under seals 0.2-0.4 %
     *     CER instead of 7-27 %; all pages 0.6 % instead of 2.0 %; greying the page with the red
     *     channel instead, as the Tesseract path does, gave 1.0 % and lost a line under a seal)
     */
    PaddleEngine(PaddleModels models, int detectionMaxSide, boolean dropRed) {
        this.dropRed = dropRed;
        this.detector = new PaddleDetector(models, detectionMaxSide);
        this.classifier = new PaddleClassifier(models);
        this.recognizer = new PaddleRecognizer(models);
    }

    @Override
    public OcrResult recognize(BufferedImage image, int dpi, int pageNumber, Deadline deadline) {
        long start = System.nanoTime();
        try {
            PaddleImages.Bgr page = PaddleImages.bgr(image);
            if (dropRed) {
                PaddleImages.whitenRed(page);
            }
            int turns = 0;
            List<Quad> quads = quads(detector.detect(page));
            if (mostlyTall(quads)) {
                page = PaddleImages.turnedClockwise(page);
                turns = 1;
                quads = quads(detector.detect(page));
            }
            quads = upright(quads);
            // The classifier decides for the page, not line by line: a scan has one orientation,
            // and turning single lines it doubted lost whole lines (tuning split: 0.4 % CER
            // instead of 0.6 %; a report page turned 270 degrees lost a line).
            if (mostlyUpsideDown(classifier.upsideDown(page, quads))) {
                page = PaddleImages.turnedHalf(page);
                turns += 2;
                quads = upright(quads(detector.detect(page)));
            }
            if (deadline.expired()) {
                return null;
            }
            List<PaddleRecognizer.Line> lines = recognizer.read(page, quads, deadline);
            if (lines == null) {
                return null;
            }
            for (int i = 0; i < lines.size(); i++) {
                lines.set(i, BlankGlyphs.drop(page, quads.get(i), lines.get(i)));
            }
            OcrFrame frame =
                    new OcrFrame(page.width(), page.height(), turns * 90.0, image.getWidth(), image.getHeight());
            return PaddlePage.assemble(
                    quads, lines, page, pageNumber, dpi, frame, (System.nanoTime() - start) / 1_000_000);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime failed on page " + pageNumber + ": " + e.getMessage(), e);
        }
    }

    private static List<Quad> quads(List<PaddleDetector.Region> regions) {
        return regions.stream().map(PaddleDetector.Region::quad).toList();
    }

    private static boolean mostlyTall(List<Quad> quads) {
        int tall = 0;
        int wide = 0;
        for (Quad q : quads) {
            if (q.height() > 2 * q.width()) {
                tall++;
            } else if (q.width() > 2 * q.height()) {
                wide++;
            }
        }
        return tall >= MIN_REGIONS_FOR_ORIENTATION && tall > wide;
    }

    private static boolean mostlyUpsideDown(double[] upsideDown) {
        int down = 0;
        for (double p : upsideDown) {
            if (p > 0.5) {
                down++;
            }
        }
        return down >= MIN_REGIONS_FOR_ORIENTATION && down * 2 > upsideDown.length;
    }

    /** Regions still taller than wide are read turned a quarter, as PaddleOCR does. */
    private static List<Quad> upright(List<Quad> quads) {
        List<Quad> out = new ArrayList<>(quads.size());
        for (Quad q : quads) {
            out.add(q.height() >= TALL * q.width() ? quarterTurned(q) : q);
        }
        return out;
    }

    /** The same rectangle read from its top-right corner: its content turned a quarter anticlockwise. */
    private static Quad quarterTurned(Quad q) {
        double[] x = q.xs();
        double[] y = q.ys();
        return new Quad(new double[] {x[1], x[2], x[3], x[0]}, new double[] {y[1], y[2], y[3], y[0]});
    }

    @Override
    public void close() {
        // Nothing of its own: the shared models are closed with the pool.
    }
}
