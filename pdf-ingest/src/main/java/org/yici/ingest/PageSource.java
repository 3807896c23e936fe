package org.yici.ingest;

/** Where the text of a page came from. */
public enum PageSource {
    /** The PDF's own text layer; exact, no recognition involved. */
    TEXT_LAYER,
    /** Optical character recognition of the rendered page or image. */
    OCR,
    /** No text: the page needed OCR but {@link OcrStrategy#NEVER} was configured. */
    NONE
}
