package org.yici.rules.model;

/**
 * Why a shortfall can or cannot follow later (容缺受理), for the result's explanation.
 *
 * @param slot the package item, or null for a reason that concerns the whole matter
 * @param reason a key of the message bundle ({@code defer.<reason>})
 */
public record DeferralNote(String matter, String slot, String material, boolean deferrable, String reason) {

    public String getMatter() {
        return matter;
    }

    public boolean isDeferrable() {
        return deferrable;
    }
}
