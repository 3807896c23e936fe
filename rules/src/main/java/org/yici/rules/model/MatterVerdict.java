package org.yici.rules.model;

/** The decision for one matter of the case (each member of a bundle has its own). */
public record MatterVerdict(String matter, Decision decision) {

    public String getMatter() {
        return matter;
    }

    public Decision getDecision() {
        return decision;
    }
}
