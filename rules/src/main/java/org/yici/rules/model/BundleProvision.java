package org.yici.rules.model;

/**
 * In a bundle (一件事), a member matter issues a material that later members would otherwise ask
 * for, e.g. GS-SL issues the business licence that YZ-BA and FP-SL need.
 */
public record BundleProvision(String bundle, String member, String type, String basis) {

    public String getBundle() {
        return bundle;
    }

    public String getMember() {
        return member;
    }

    public String getType() {
        return type;
    }

    public String getBasis() {
        return basis;
    }
}
