package org.yici.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Boxes grouped into lines of text: sorted by their middle, a box joins the line when its middle
 * lies within half its height of the line's mean middle; each line's boxes left to right. On a
 * turned page the middles are measured across the page's slope, so the far end of a line that
 * falls or rises by a line height still joins its start; with no slope this is exactly the
 * grouping the OCR engine had before tables were read (plain pages keep their text).
 */
final class TextLines {
    private TextLines() {}

    /** @param slope dy/dx of the page's lines, 0 for a straight page */
    static List<List<TextBox>> group(List<TextBox> boxes, double slope) {
        List<TextBox> sorted = new ArrayList<>(boxes);
        sorted.sort(Comparator.comparingDouble(b -> b.box().y() + b.box().height() / 2 - centreX(b) * slope));
        List<List<TextBox>> lines = new ArrayList<>();
        List<TextBox> current = new ArrayList<>();
        double centre = 0;
        double sum = 0;
        for (TextBox b : sorted) {
            double c = middle(b, slope);
            if (!current.isEmpty() && Math.abs(c - centre) > height(b, slope) / 2.0) {
                lines.add(current);
                current = new ArrayList<>();
                sum = 0;
            }
            current.add(b);
            sum += c;
            centre = sum / current.size();
        }
        if (!current.isEmpty()) {
            lines.add(current);
        }
        lines.forEach(l -> l.sort(Comparator.comparingInt(b -> b.box().x())));
        return lines;
    }

    /** The box's middle across the page's lines (page pixels). */
    static double middle(TextBox b, double slope) {
        return b.box().y() + b.box().height() / 2.0 - centreX(b) * slope;
    }

    /**
     * The height of the text in the box: an upright box around a turned line is taller than the
     * line by its width times the slope.
     */
    static double height(TextBox b, double slope) {
        double h = b.box().height();
        return slope == 0 ? h : Math.max(h - b.box().width() * Math.abs(slope), h * 0.3);
    }

    private static double centreX(TextBox b) {
        return b.box().x() + b.box().width() / 2.0;
    }
}
