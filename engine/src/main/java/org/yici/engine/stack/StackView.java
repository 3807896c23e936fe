package org.yici.engine.stack;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One stack file (a whole package scanned at once) as the result shows it: the documents it was
 * cut into, each with its pages, and what became of each.
 *
 * @param file the uploaded file's name
 * @param pages how many pages it has
 * @param blankPages blank backs and separator sheets, dropped
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record StackView(String file, int pages, List<Document> documents, List<Integer> blankPages) {

    /** What became of a document of a stack. */
    public enum Status {
        /** Offered for a package item (see {@code materials}). */
        MATCHED,
        /** Of a type the checklist does not ask for, or another person's: listed, not checked. */
        EXTRA,
        /** Pages of no recognisable type: listed for staff to look at, not checked. */
        UNMATCHED
    }

    /** A page of an uploaded file: the file's name and the page's number in it (1-based). */
    public record PageRef(String file, int page) {}

    /**
     * A document of the stack. Consecutive pages join into one document across the {@code files}
     * parts, in the order they were sent, as they do within one file (a card photographed as two
     * pictures, a lease as four, a stack scanned in two PDFs): such a document is listed under the
     * file it starts in, and {@code pages} names its pages in the files after it too.
     *
     * @param id the id of the material it became ({@code documents[].id}); null when UNMATCHED
     * @param firstPage its first page in this file (1-based)
     * @param lastPage its last page in this file
     * @param pageList its pages in this file when they are not every page from first to last (a
     *     blank page inside)
     * @param materials the material codes of the package items it was offered for
     * @param pages every page of it, with its file, in order
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Document(
            String id,
            int firstPage,
            int lastPage,
            List<Integer> pageList,
            String type,
            Status status,
            List<String> materials,
            List<PageRef> pages) {

        /** Its pages in files other than {@code file} (the one it starts in): where it runs on. */
        public List<PageRef> pagesBeyond(String file) {
            return pages == null
                    ? List.of()
                    : pages.stream().filter(p -> !p.file().equals(file)).toList();
        }

        Document withOutcome(Status newStatus, List<String> codes) {
            return new Document(id, firstPage, lastPage, pageList, type, newStatus, codes, pages);
        }
    }
}
