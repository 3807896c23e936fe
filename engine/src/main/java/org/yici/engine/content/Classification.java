package org.yici.engine.content;

import java.util.List;

/**
 * What a document looks like.
 *
 * @param type a material-types.yaml key, or null when no type stood out
 * @param confidence 0..1: how clearly the best type beats the others and how much evidence it has
 * @param page the page with most of the evidence (0 when none)
 * @param evidence the words that decided, with their pages
 */
public record Classification(String type, double confidence, int page, List<Cue> evidence) {

    /** A word found on a page; {@code heading} when it was printed as a heading. */
    public record Cue(int page, String word, boolean heading) {}

    static final Classification NONE = new Classification(null, 0, 0, List.of());
}
