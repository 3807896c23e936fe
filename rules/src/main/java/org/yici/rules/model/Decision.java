package org.yici.rules.model;

/** The outcome of a check, from best to worst; a bundle takes the worst of its members. */
public enum Decision {
    ACCEPTED,
    ACCEPTED_WITH_DEFERRAL,
    CORRECTION_REQUIRED,
    NOT_ACCEPTED;

    public Decision worse(Decision other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
