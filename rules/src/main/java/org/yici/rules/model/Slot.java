package org.yici.rules.model;

import java.util.Set;

/**
 * One item of the package the applicant brings, led by its first-ranked requirement. Outside a
 * bundle a slot is exactly one requirement; in a bundle it may serve several members (一套材料).
 *
 * @param codes every material code this item stands for
 * @param matters every matter that needs it
 * @param core whether any requirement in it is core (then it is never deferrable)
 */
public record Slot(Requirement lead, Set<String> codes, Set<String> matters, boolean core) {

    public Slot {
        codes = Set.copyOf(codes);
        matters = Set.copyOf(matters);
    }

    public String getKey() {
        return lead.slot();
    }

    public Requirement getLead() {
        return lead;
    }

    public Set<String> getMatters() {
        return matters;
    }

    public boolean isCore() {
        return core;
    }
}
