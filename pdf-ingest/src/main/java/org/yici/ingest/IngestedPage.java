package org.yici.ingest;

import java.util.List;

/**
 * The text of one page and the evidence of where it came from.
 *
 * @param number 1-based page number
 * @param source text layer or OCR
 * @param text NFKC-normalised text; lines separated by {@code \n}
 * @param charCount non-whitespace characters in {@code text}
 * @param textLayerChars non-whitespace characters the PDF text layer had (0 for images); with
 *     {@code unmappedGlyphs} this is why a PDF page was or was not OCRed
 * @param unmappedGlyphs glyphs in the text layer without a Unicode mapping (0 for images)
 * @param meanConfidence 0..1; Tesseract's mean text confidence for OCR pages, 1.0 for text layer
 *     pages (the text is exact, not estimated)
 * @param ocrDpi resolution of the image that was recognised, 0 for text layer pages
 * @param words recognised words with boxes and confidences; empty for text layer pages
 * @param frame the recognised image, to place {@code words} on another picture of the page; null
 *     for text layer pages
 */
public record IngestedPage(
        int number,
        PageSource source,
        String text,
        int charCount,
        int textLayerChars,
        int unmappedGlyphs,
        double meanConfidence,
        int ocrDpi,
        List<OcrWord> words,
        OcrFrame frame) {

    public IngestedPage {
        words = List.copyOf(words);
    }

    /** A page whose words cannot be placed on the page image (text layer, or no OCR ran). */
    public IngestedPage(
            int number,
            PageSource source,
            String text,
            int charCount,
            int textLayerChars,
            int unmappedGlyphs,
            double meanConfidence,
            int ocrDpi,
            List<OcrWord> words) {
        this(number, source, text, charCount, textLayerChars, unmappedGlyphs, meanConfidence, ocrDpi, words, null);
    }
}
