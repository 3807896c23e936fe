package org.yici.rules.model;

/** The form a material is required or submitted in. */
public enum Form {
    ORIGINAL,
    COPY,
    ORIGINAL_AND_COPY,
    ELECTRONIC;

    /**
     * Whether a material submitted in this form meets a requirement for {@code required}.
     *
     * <p>An original meets a copy requirement: the window photocopies it rather than send the
     * applicant away. On the online channel every file is electronic, so an electronic submission
     * stands for the form the guide asks for (the original is inspected at collection).
     */
    public boolean satisfies(Form required, boolean online) {
        if (this == ELECTRONIC) {
            return online || required == ELECTRONIC;
        }
        return switch (required) {
            case ORIGINAL -> this == ORIGINAL || this == ORIGINAL_AND_COPY;
            case COPY -> true;
            case ORIGINAL_AND_COPY -> this == ORIGINAL_AND_COPY;
            case ELECTRONIC -> false;
        };
    }
}
