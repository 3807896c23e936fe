package org.yici.rules.model;

/**
 * The applicant offered a written commitment (告知承诺) for a material the matter's guide does not
 * allow one for: the material is still required, and its finding says why.
 */
public record CommitmentNotAllowed(String slot) {

    public String getSlot() {
        return slot;
    }
}
