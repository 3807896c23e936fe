package org.yici.ingest;

import java.awt.image.BufferedImage;

/**
 * Told as each page of a document is read (its text layer taken or its OCR finished), so a long
 * scan can report progress page by page. Called on an ingest thread; keep it quick.
 */
@FunctionalInterface
public interface PageListener {
    PageListener NONE = pagesDone -> {};

    /** @param pagesDone how many pages of the document are read so far */
    void pageDone(int pagesDone);

    /**
     * Told, just before {@link #pageDone}, about a page that was recognised from a picture, with
     * that picture (the PDF page rendered at the OCR resolution in colour, or the decoded image):
     * a caller that wants to look at the page (for a red seal, for ink where it asks for a
     * signature) does so here instead of decoding and rendering the page a second time. The
     * picture is only lent: read it, do not change or keep it; it is dropped once this returns.
     *
     * @param page the page as read, with its words placed on the picture through {@code
     *     page.frame()}
     */
    default void pageSeen(IngestedPage page, BufferedImage picture) {}
}
