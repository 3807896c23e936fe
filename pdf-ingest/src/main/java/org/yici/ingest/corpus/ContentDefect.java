package org.yici.ingest.corpus;

/**
 * What is wrong with a page of the content corpus ({@link ContentCorpus}): the defect a content
 * check must find, or {@link #NONE}.
 */
public enum ContentDefect {
    /** A complete, signed (and, for a licence, sealed) document of the applicant. */
    NONE("ok"),
    /** The holder's ID number printed with a wrong check character. */
    BAD_ID_NUMBER("bad-id"),
    /** The licence's credit code printed with a wrong check character. */
    BAD_CREDIT_CODE("bad-credit"),
    /** One required cell of the application form left empty. */
    BLANK_FIELD("blank"),
    /** A party did not sign at its signature place. */
    UNSIGNED("unsigned"),
    /** A business licence without the registration authority's seal. */
    UNSEALED("unsealed"),
    /** A picture too small or smeared for anyone to read (a thumbnail, a photo from afar). */
    UNREADABLE("unreadable");

    private final String slug;

    ContentDefect(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }
}
