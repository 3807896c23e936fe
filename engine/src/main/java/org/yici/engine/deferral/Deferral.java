package org.yici.engine.deferral;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A material accepted now and owed later (容缺受理), tracked until supplemented.
 *
 * @param version incremented on every change; an update names the version it read, so two staff
 *     acting on the same deferral at once cannot overwrite each other
 */
public record Deferral(
        String id,
        String checkId,
        String matter,
        String material,
        String name,
        LocalDate dueDate,
        Status status,
        String rulesVersion,
        String applicantName,
        String applicantId,
        int version,
        Instant createdAt,
        Instant updatedAt) {

    public enum Status {
        OPEN,
        SUPPLEMENTED,
        OVERDUE,
        WITHDRAWN;

        /** Whether a supplement may still close it (a late one is recorded, not refused). */
        public boolean awaitsSupplement() {
            return this == OPEN || this == OVERDUE;
        }
    }
}
