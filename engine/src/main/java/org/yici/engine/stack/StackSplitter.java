package org.yici.engine.stack;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.yici.engine.content.PageLook;

/**
 * Cuts the pages of one scanned stack into documents (issue 18). Only a page that clearly looks
 * like a type can start a document; pages of no clear type (a contract's middle pages, its
 * signature page) stay with the document before them, and blank pages (blank backs, separator
 * sheets) are dropped without ending it. A typed page starts a new document when
 * <ul>
 *   <li>its type differs from the current document's,
 *   <li>it carries its type's heading and the current document already had one (a second lease,
 *       a second copy), or
 *   <li>it is an ID card page and the current card has both sides already, or names another
 *       person's ID number (the agent's card after the applicant's): the two sides of one card
 *       stay together, the cards of two people do not.
 * </ul>
 */
final class StackSplitter {
    private static final String CARD = "ID_CARD";

    private StackSplitter() {}

    /** A run of pages read as one document; {@code type} null when no page of it was typed. */
    record Segment(String type, List<Integer> pages) {
        int first() {
            return pages.get(0);
        }

        int last() {
            return pages.get(pages.size() - 1);
        }
    }

    /** The documents of a stack, in page order, and its blank pages. */
    record Split(List<Segment> documents, List<Integer> blankPages) {}

    static Split split(List<PageLook> pages) {
        List<Segment> documents = new ArrayList<>();
        List<Integer> blank = new ArrayList<>();
        Open open = null;
        for (PageLook page : pages) {
            if (page.blank()) {
                blank.add(page.number());
                continue;
            }
            if (open == null || startsAnother(open, page)) {
                if (open != null) {
                    documents.add(open.segment());
                }
                open = new Open(page.type());
            }
            open.add(page);
        }
        if (open != null) {
            documents.add(open.segment());
        }
        return new Split(List.copyOf(documents), List.copyOf(blank));
    }

    private static boolean startsAnother(Open open, PageLook page) {
        if (page.type() == null) {
            return false;
        }
        if (!page.type().equals(open.type)) {
            return true;
        }
        if (CARD.equals(page.type())) {
            // A card has two sides: the second page of one person's card continues it, whichever
            // side carries the heading.
            boolean otherPerson =
                    page.idNumber() != null && open.idNumber != null && !Objects.equals(page.idNumber(), open.idNumber);
            return open.pages.size() >= 2 || otherPerson;
        }
        return page.heading() && open.headed;
    }

    /** The document being collected. */
    private static final class Open {
        String type;
        boolean headed;
        String idNumber;
        final List<Integer> pages = new ArrayList<>();

        Open(String type) {
            this.type = type;
        }

        void add(PageLook page) {
            if (type == null && page.type() != null) {
                type = page.type();
            }
            headed |= page.heading();
            if (idNumber == null && CARD.equals(page.type())) {
                idNumber = page.idNumber();
            }
            pages.add(page.number());
        }

        Segment segment() {
            return new Segment(type, List.copyOf(pages));
        }
    }
}
