package org.yici.ingest;

/**
 * Told as each page of a document is read (its text layer taken or its OCR finished), so a long
 * scan can report progress page by page. Called on an ingest thread; keep it quick.
 */
@FunctionalInterface
public interface PageListener {
    PageListener NONE = pagesDone -> {};

    /** @param pagesDone how many pages of the document are read so far */
    void pageDone(int pagesDone);
}
