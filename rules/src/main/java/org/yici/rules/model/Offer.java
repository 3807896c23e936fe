package org.yici.rules.model;

/** A submitted material offered for a slot, with whether its form fits the slot's requirement. */
public record Offer(String slot, Submitted submitted, boolean formFits) {

    public static Offer of(Requirement requirement, Submitted submitted, Application application) {
        return new Offer(
                requirement.slot(),
                submitted,
                submitted.form().satisfies(requirement.getForm(), application.isOnline()));
    }

    public String getSlot() {
        return slot;
    }

    public Submitted getSubmitted() {
        return submitted;
    }

    public boolean isFormFits() {
        return formFits;
    }

    public int getCopies() {
        return submitted.copies();
    }
}
