package org.yici.rules.model;

/**
 * A material this case requires, with the rule that required it.
 *
 * @param slot the package item it falls into: its own code, or in a bundle the share key it has
 *     in common with other members' materials
 * @param rank the order in which items are listed: bundle member first, then material code
 */
public record Requirement(MaterialSpec spec, RuleRef rule, String slot, int rank) {

    public static Requirement of(MaterialSpec spec, Need need, MatterCase matterCase) {
        String share = spec.shareKey();
        String slot = matterCase.isInBundle() && share != null ? share : spec.code();
        return new Requirement(spec, need.rule(), slot, matterCase.order() * 1000 + spec.position());
    }

    public String getCode() {
        return spec.code();
    }

    public String getMatter() {
        return spec.matter();
    }

    public String getType() {
        return spec.type();
    }

    public String getSlot() {
        return slot;
    }

    public int getRank() {
        return rank;
    }

    public boolean isCore() {
        return spec.core();
    }

    public Form getForm() {
        return spec.form();
    }

    public int getCopies() {
        return spec.copies();
    }
}
