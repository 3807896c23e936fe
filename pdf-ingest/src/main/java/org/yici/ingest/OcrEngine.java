package org.yici.ingest;

import java.awt.image.BufferedImage;

/**
 * Reads the text of one page image. Implementations are not thread-safe: {@link OcrPool} gives each
 * pool thread its own and closes it when the thread ends.
 */
interface OcrEngine extends AutoCloseable {

    /**
     * @param image the page as decoded or rendered (any type; grey or colour)
     * @param dpi its resolution, declared or estimated
     * @param pageNumber 1-based, stamped on the words
     * @return the page's text in reading order with its words, or {@code null} when the deadline
     *     stopped recognition
     */
    OcrResult recognize(BufferedImage image, int dpi, int pageNumber, Deadline deadline);

    /** Frees native resources; no exceptions. */
    @Override
    void close();
}
