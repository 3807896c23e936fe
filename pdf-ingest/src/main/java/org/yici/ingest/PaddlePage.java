package org.yici.ingest;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/** Turns the recognised regions of one page into its text, words and confidence. */
final class PaddlePage {
    private PaddlePage() {}

    static OcrResult assemble(
            List<Quad> quads,
            List<PaddleRecognizer.Line> lines,
            PaddleImages.Bgr page,
            int pageNumber,
            int dpi,
            OcrFrame frame,
            long millis) {
        List<TextBox> boxes = new ArrayList<>();
        double confidenceSum = 0;
        int characters = 0;
        for (int i = 0; i < quads.size(); i++) {
            PaddleRecognizer.Line line = lines.get(i);
            String text = TextNormalizer.normalize(line.text());
            if (text.isEmpty()) {
                continue;
            }
            int n = TextNormalizer.countNonWhitespace(text);
            confidenceSum += line.confidence() * n;
            characters += n;
            if (line.confidence() < PaddleEngine.DROP_CONFIDENCE) {
                continue;
            }
            Quad q = quads.get(i);
            boxes.add(new TextBox(
                    text, q.bounds(page.width(), page.height()), line.confidence(), words(q, line, pageNumber, page)));
        }
        List<OcrWord> words = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (List<TextBox> row : ReadingOrder.lines(boxes, gray(page), lineSlope(quads))) {
            StringBuilder sb = new StringBuilder();
            TextBox previous = null;
            for (TextBox b : row) {
                if (previous != null && !oneNumber(previous, b)) {
                    sb.append(' ');
                }
                sb.append(b.text());
                words.addAll(b.words());
                previous = b;
            }
            text.append(sb).append('\n');
        }
        double mean = characters == 0 ? 0.0 : confidenceSum / characters;
        return new OcrResult(TextNormalizer.normalize(text.toString()), mean, dpi, words, millis, frame);
    }

    /** Text lines this many times wider than high say reliably which way they run. */
    private static final double LONG_LINE = 4;
    /** So few long lines say nothing about the page. */
    private static final int MIN_LONG_LINES = 3;

    /** The median slope of the page's long text lines as the detector framed them; empty when too few. */
    static OptionalDouble lineSlope(List<Quad> quads) {
        double[] slopes = quads.stream()
                .filter(q -> q.width() >= LONG_LINE * q.height())
                .mapToDouble(q -> Math.tan(q.angle()))
                .sorted()
                .toArray();
        return slopes.length < MIN_LONG_LINES ? OptionalDouble.empty() : OptionalDouble.of(slopes[slopes.length / 2]);
    }

    /**
     * Two boxes that are one number the detector cut in two: digits meeting across a gap narrower
     * than a character. Joined without a space, an ID or phone number stays one string for anyone
     * who searches the text.
     */
    static boolean oneNumber(TextBox left, TextBox right) {
        String a = left.text();
        String b = right.text();
        if (a.isEmpty() || b.isEmpty() || !isDigit(a.charAt(a.length() - 1)) || !isDigit(b.charAt(0))) {
            return false;
        }
        int gap = right.box().x() - (left.box().x() + left.box().width());
        return gap < 0.6 * Math.min(left.box().height(), right.box().height());
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * The line cut into words where the script changes or a space is read, so an ID number or a
     * credit code printed after its label is a word of its own, with its own box and confidence.
     */
    static List<OcrWord> words(Quad q, PaddleRecognizer.Line line, int pageNumber, PaddleImages.Bgr page) {
        List<OcrWord> words = new ArrayList<>();
        List<PaddleRecognizer.Glyph> current = new ArrayList<>();
        int currentKind = -1;
        for (PaddleRecognizer.Glyph g : line.glyphs()) {
            int kind = kind(g.text());
            if (kind == SPACE || (currentKind >= 0 && kind != currentKind)) {
                flush(words, current, q, pageNumber, page);
                currentKind = -1;
            }
            if (kind != SPACE) {
                current.add(g);
                currentKind = kind;
            }
        }
        flush(words, current, q, pageNumber, page);
        return words;
    }

    private static final int SPACE = 0;
    private static final int HAN = 1;
    private static final int OTHER = 2;

    private static int kind(String s) {
        if (s.isBlank()) {
            return SPACE;
        }
        int cp = s.codePointAt(0);
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN ? HAN : OTHER;
    }

    private static void flush(
            List<OcrWord> words, List<PaddleRecognizer.Glyph> glyphs, Quad q, int pageNumber, PaddleImages.Bgr page) {
        if (glyphs.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        double sum = 0;
        for (PaddleRecognizer.Glyph g : glyphs) {
            text.append(g.text());
            sum += g.probability();
        }
        double from = glyphs.get(0).from();
        double to = glyphs.get(glyphs.size() - 1).to();
        double[] x = q.xs();
        double[] y = q.ys();
        Quad part = new Quad(
                new double[] {
                    x[0] + (x[1] - x[0]) * from,
                    x[0] + (x[1] - x[0]) * to,
                    x[3] + (x[2] - x[3]) * to,
                    x[3] + (x[2] - x[3]) * from
                },
                new double[] {
                    y[0] + (y[1] - y[0]) * from,
                    y[0] + (y[1] - y[0]) * to,
                    y[3] + (y[2] - y[3]) * to,
                    y[3] + (y[2] - y[3]) * from
                });
        words.add(new OcrWord(
                TextNormalizer.normalize(text.toString()),
                pageNumber,
                part.bounds(page.width(), page.height()),
                sum / glyphs.size()));
        glyphs.clear();
    }

    /** The page in grey for layout cues (ruled lines). */
    static BufferedImage gray(PaddleImages.Bgr page) {
        BufferedImage gray = new BufferedImage(page.width(), page.height(), BufferedImage.TYPE_BYTE_GRAY);
        byte[] out = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        byte[] p = page.pixels();
        for (int i = 0, o = 0; i < out.length; i++, o += 3) {
            out[i] = (byte) Preprocessor.luminance(p[o + 2] & 0xff, p[o + 1] & 0xff, p[o] & 0xff);
        }
        return gray;
    }
}
