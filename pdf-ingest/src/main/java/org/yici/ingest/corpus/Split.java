package org.yici.ingest.corpus;

/**
 * The two halves of the split corpus ({@link Corpus#split}). Choices (preprocessing steps, limits,
 * thresholds) are made on {@link #TUNE}; {@link #HELD_OUT} only measures them. The halves share
 * templates, fonts and degradations, but no seed and no field value: names, ID numbers, credit
 * codes, company names, addresses, phone numbers and dates come from disjoint pools and ranges.
 */
public enum Split {
    TUNE(1_000_000L),
    HELD_OUT(2_000_000L);

    private final long seedBase;

    Split(long seedBase) {
        this.seedBase = seedBase;
    }

    /** The seed of the split's {@code index}-th page; no two pages of either split share one. */
    public long seed(int index) {
        return seedBase + index;
    }

    /** 0 or 1: which half of each value pool the split draws from. */
    int half() {
        return ordinal();
    }
}
