package org.yici.ingest;

import java.util.List;

/** What one Tesseract pass produced for one image. */
record OcrResult(String text, double meanConfidence, int dpi, List<OcrWord> words, long millis, OcrFrame frame) {

    OcrResult in(OcrFrame frame) {
        return new OcrResult(text, meanConfidence, dpi, words, millis, frame);
    }
}
