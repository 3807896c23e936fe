package org.yici.rules.model;

import java.time.LocalDate;
import java.util.Set;

/**
 * A matter's 容缺受理 policy in this case, with the due date already counted in working days.
 *
 * @param deferrable the material codes the policy allows to follow later; null = every non-core one
 * @param dueDate null when the holiday calendar does not cover the period (then no deferral is
 *     granted: an applicant must never get a guessed deadline)
 */
public record DeferralTerm(
        String matter, boolean allowed, int maxItems, Set<String> deferrable, LocalDate dueDate, int unknownYear) {

    public String getMatter() {
        return matter;
    }

    public boolean isAllowed() {
        return allowed;
    }

    public int getMaxItems() {
        return maxItems;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    /** Whether the policy lets this material follow later (core materials never do). */
    public boolean covers(Slot slot) {
        return !slot.core() && (deferrable == null || slot.codes().stream().anyMatch(deferrable::contains));
    }
}
