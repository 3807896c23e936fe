package org.yici.ingest;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * PP-OCR's line recogniser: each text region straightened to 48 pixels high, read by the model
 * into per-column character probabilities, decoded greedily (CTC: best character per column,
 * repeats merged, blanks dropped). Each character keeps the columns it was read from, so words
 * can be placed on the page. What reads as an ID number is read again with only digits and X
 * allowed ({@link IdNumbers}).
 */
final class PaddleRecognizer {
    static final int HEIGHT = 48;
    /** PaddleOCR's smallest batch width (320 x 48): narrower lines are padded to it. */
    private static final double MIN_RATIO = 320.0 / HEIGHT;
    /** Wider lines than this are read squeezed: an A3 line of small print stays below it. */
    private static final int MAX_WIDTH = 3200;

    private static final int BATCH = 6;
    /** A line joins a batch if padding it to the batch's width costs at most this much more work. */
    private static final double PADDING_ALLOWED = 1.15;

    private final PaddleModels models;

    /** The classes an ID number is written with: the ten digits and X. */
    private final int[] numberClasses;

    PaddleRecognizer(PaddleModels models) {
        this(models, true);
    }

    /** @param numbersConstrained false reads ID numbers like any text (for tests that compare) */
    PaddleRecognizer(PaddleModels models, boolean numbersConstrained) {
        this.models = models;
        List<String> characters = Arrays.asList(models.characters);
        this.numberClasses = numbersConstrained
                ? IdNumbers.CHARACTERS
                        .chars()
                        .map(c -> characters.indexOf(String.valueOf((char) c)))
                        .filter(i -> i > 0)
                        .toArray()
                : null;
    }

    /**
     * One character as read.
     *
     * @param from first column of the straightened line it was read at, as a fraction of the line
     * @param to column after its last, as a fraction
     */
    record Glyph(String text, double probability, double from, double to) {}

    /** What one region says. */
    record Line(List<Glyph> glyphs) {
        String text() {
            StringBuilder sb = new StringBuilder();
            glyphs.forEach(g -> sb.append(g.text()));
            return sb.toString();
        }

        double confidence() {
            return glyphs.stream().mapToDouble(Glyph::probability).average().orElse(0);
        }
    }

    /** Reads every region; returns {@code null} when the deadline passed between batches. */
    List<Line> read(PaddleImages.Bgr page, List<Quad> quads, Deadline deadline) throws OrtException {
        Integer[] order = new Integer[quads.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        // Batches of similar width waste little on padding (PaddleOCR sorts the same way).
        Arrays.sort(order, Comparator.comparingDouble(i -> ratio(quads.get(i))));
        Line[] lines = new Line[quads.size()];
        for (int start = 0, end; start < order.length; start = end) {
            if (deadline.expired()) {
                return null;
            }
            end = batchEnd(quads, order, start);
            double maxRatio = MIN_RATIO;
            for (int k = start; k < end; k++) {
                maxRatio = Math.max(maxRatio, ratio(quads.get(order[k])));
            }
            int batchWidth = Math.min(MAX_WIDTH, (int) Math.ceil(HEIGHT * maxRatio));
            int n = end - start;
            float[] input = new float[n * 3 * HEIGHT * batchWidth];
            int[] widths = new int[n];
            for (int k = 0; k < n; k++) {
                Quad q = quads.get(order[start + k]);
                widths[k] = Math.max(1, Math.min(batchWidth, (int) Math.ceil(HEIGHT * ratio(q))));
                PaddleImages.sampleInto(page, q, widths[k], HEIGHT, input, batchWidth, k);
            }
            try (OnnxTensor tensor = OnnxTensor.createTensor(
                            models.environment, FloatBuffer.wrap(input), new long[] {n, 3, HEIGHT, batchWidth});
                    OrtSession.Result result = models.recogniser.run(Map.of(inputName(), tensor))) {
                OnnxTensor out = (OnnxTensor) result.get(0);
                long[] shape = out.getInfo().getShape();
                int steps = (int) shape[1];
                int classes = (int) shape[2];
                FloatBuffer probabilities = out.getFloatBuffer();
                for (int k = 0; k < n; k++) {
                    double columnsPerStep = (double) batchWidth / steps;
                    lines[order[start + k]] =
                            decode(probabilities, k * steps * classes, steps, classes, columnsPerStep / widths[k]);
                }
            }
        }
        return Arrays.asList(lines);
    }

    /**
     * Where the batch starting at {@code start} ends: up to {@link #BATCH} lines, but only lines
     * whose width is within {@link #PADDING_ALLOWED} of the first one's, since every line in a batch
     * is read at the widest line's width and the recogniser's time grows with the width it reads.
     */
    private static int batchEnd(List<Quad> quads, Integer[] order, int start) {
        double limit = Math.max(MIN_RATIO, ratio(quads.get(order[start]))) * PADDING_ALLOWED;
        int end = start + 1;
        while (end < order.length && end - start < BATCH && ratio(quads.get(order[end])) <= limit) {
            end++;
        }
        return end;
    }

    private String inputName() {
        return models.recogniser.getInputNames().iterator().next();
    }

    private static double ratio(Quad q) {
        return q.width() / Math.max(1.0, q.height());
    }

    /** Greedy CTC decoding of one line; {@code stepFraction} is one step's share of the line. */
    private Line decode(FloatBuffer p, int offset, int steps, int classes, double stepFraction) {
        int[] best = new int[steps];
        float[] bestP = new float[steps];
        for (int t = 0; t < steps; t++) {
            int base = offset + t * classes;
            best[t] = 0;
            bestP[t] = p.get(base);
            for (int c = 1; c < classes; c++) {
                float v = p.get(base + c);
                if (v > bestP[t]) {
                    bestP[t] = v;
                    best[t] = c;
                }
            }
        }
        List<Run> runs = runs(best, bestP, 0, steps);
        IdNumbers.Span span = numberClasses == null ? null : IdNumbers.span(texts(runs));
        if (span != null) {
            // Re-read the number's steps with only its own characters allowed.
            int from = runs.get(span.from()).from();
            int to = runs.get(span.to() - 1).to();
            int[] digitBest = best.clone();
            float[] digitP = bestP.clone();
            for (int t = from; t < to; t++) {
                int base = offset + t * classes;
                digitBest[t] = 0;
                digitP[t] = p.get(base);
                for (int c : numberClasses) {
                    float v = p.get(base + c);
                    if (v > digitP[t]) {
                        digitP[t] = v;
                        digitBest[t] = c;
                    }
                }
            }
            List<Run> number = runs(digitBest, digitP, from, to);
            if (IdNumbers.isIdNumber(String.join("", texts(number)))) {
                List<Run> joined = new ArrayList<>(runs.subList(0, span.from()));
                joined.addAll(number);
                joined.addAll(runs.subList(span.to(), runs.size()));
                runs = joined;
            }
        }
        List<Glyph> glyphs = new ArrayList<>(runs.size());
        for (Run r : runs) {
            glyphs.add(glyph(r.index(), r.probability(), r.from(), r.to(), stepFraction));
        }
        return new Line(glyphs);
    }

    /** One character read over the steps {@code from} (inclusive) to {@code to}. */
    private record Run(int index, double probability, int from, int to) {}

    /** The characters of steps {@code from} to {@code to}: repeats merged, blanks dropped. */
    private static List<Run> runs(int[] best, float[] bestP, int from, int to) {
        List<Run> runs = new ArrayList<>();
        int runStart = from;
        for (int t = from + 1; t <= to; t++) {
            if (t == to || best[t] != best[runStart]) {
                if (best[runStart] != 0) {
                    double p = 0;
                    for (int k = runStart; k < t; k++) {
                        p = Math.max(p, bestP[k]);
                    }
                    runs.add(new Run(best[runStart], p, runStart, t));
                }
                runStart = t;
            }
        }
        return runs;
    }

    private List<String> texts(List<Run> runs) {
        List<String> texts = new ArrayList<>(runs.size());
        for (Run r : runs) {
            texts.add(r.index() < models.characters.length ? models.characters[r.index()] : "");
        }
        return texts;
    }

    private Glyph glyph(int index, double probability, int from, int to, double stepFraction) {
        String text = index < models.characters.length ? models.characters[index] : "";
        return new Glyph(text, probability, Math.min(1, from * stepFraction), Math.min(1, to * stepFraction));
    }
}
