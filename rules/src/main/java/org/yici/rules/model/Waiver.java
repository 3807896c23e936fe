package org.yici.rules.model;

/**
 * A requirement the applicant need not meet, and why.
 *
 * @param basis the document or licence behind the waiver, shown to the applicant
 */
public record Waiver(String slot, String material, WaiverReason reason, String basis, RuleRef rule) {

    public String getSlot() {
        return slot;
    }

    public WaiverReason getReason() {
        return reason;
    }
}
