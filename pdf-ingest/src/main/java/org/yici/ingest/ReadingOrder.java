package org.yici.ingest;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Puts the text boxes of a page in the order a person reads them: top to bottom, left to right,
 * boxes that share a line joined on it.
 */
final class ReadingOrder {
    private ReadingOrder() {}

    /**
     * @param boxes the page's boxes in any order
     * @param page the recognised page image (grey), for layout cues such as ruled lines
     * @return lines of the page in reading order, each line's boxes left to right
     */
    static List<List<TextBox>> lines(List<TextBox> boxes, BufferedImage page) {
        List<TextBox> sorted = new ArrayList<>(boxes);
        sorted.sort(Comparator.comparingInt(b -> b.box().y() + b.box().height() / 2));
        List<List<TextBox>> lines = new ArrayList<>();
        List<TextBox> current = new ArrayList<>();
        double centre = 0;
        for (TextBox b : sorted) {
            double c = b.box().y() + b.box().height() / 2.0;
            if (!current.isEmpty() && Math.abs(c - centre) > b.box().height() / 2.0) {
                lines.add(current);
                current = new ArrayList<>();
            }
            current.add(b);
            centre = current.stream()
                    .mapToDouble(x -> x.box().y() + x.box().height() / 2.0)
                    .average()
                    .orElse(c);
        }
        if (!current.isEmpty()) {
            lines.add(current);
        }
        lines.forEach(l -> l.sort(Comparator.comparingInt(b -> b.box().x())));
        return lines;
    }
}
