package org.yici.rules.model;

/** A commitment the applicant offered that this case cannot accept, and why. */
public record CommitmentRefused(String slot, String reason) {

    public String getSlot() {
        return slot;
    }
}
