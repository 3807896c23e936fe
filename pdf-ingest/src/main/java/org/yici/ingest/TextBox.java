package org.yici.ingest;

import java.util.List;

/**
 * One text box the detector found and the recogniser read: usually a line or a cell's content.
 *
 * @param text NFKC-normalised text
 * @param box axis-aligned bounds on the recognised page image
 * @param confidence mean probability of the recognised characters, 0..1
 * @param words the box split at spaces, each with its own bounds and confidence
 */
record TextBox(String text, BoundingBox box, double confidence, List<OcrWord> words) {
    TextBox {
        words = List.copyOf(words);
    }
}
