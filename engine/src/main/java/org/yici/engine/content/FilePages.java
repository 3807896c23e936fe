package org.yici.engine.content;

import java.util.Map;

/**
 * The pages of a read document that came from one uploaded file. A document cut from stacks may
 * run from one file into the next (a card photographed side by side as two pictures, a lease sent
 * as four photos, a stack scanned in two PDFs: issue 18); its pages are then numbered through
 * while it is read, and each number is put back to its file and page for what the rules and the
 * result name.
 *
 * @param file the file's name as uploaded
 * @param mediaType its type detected from content
 * @param content its bytes (to read a fillable PDF form on these pages); null when not at hand
 * @param pages the document's page number (as read) to the page's number in this file, in order
 */
public record FilePages(String file, String mediaType, byte[] content, Map<Integer, Integer> pages) {
    public FilePages {
        pages = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(pages));
    }
}
