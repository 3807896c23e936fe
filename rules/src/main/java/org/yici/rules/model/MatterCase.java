package org.yici.rules.model;

/**
 * One matter being checked in this session: the requested matter, or each member of a bundle.
 * Matter rules start with {@code MatterCase( matter == "CODE" )} so a shared rule base only fires
 * the rules of the matters in hand.
 *
 * @param bundle the bundle code, or null for a single matter
 * @param order the member's position in the bundle (0 for a single matter)
 */
public record MatterCase(String matter, String bundle, int order) {

    public String getMatter() {
        return matter;
    }

    public String getBundle() {
        return bundle;
    }

    public int getOrder() {
        return order;
    }

    public boolean isInBundle() {
        return bundle != null;
    }
}
