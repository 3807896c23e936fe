package org.yici.rules.model;

import java.util.Map;
import java.util.Set;
import org.kie.api.definition.rule.Rule;

/**
 * One defect of the package. Findings carry structured facts only; the text the applicant reads is
 * rendered from the message bundle by code, so every channel and notice words it the same way.
 *
 * @param material the material code it is about (the slot's lead), or null for the application
 * @param matters every matter it concerns (a shared item in a bundle concerns several)
 * @param rule the rule that made the requirement or decided the eligibility
 * @param detail values for the message: e.g. {@code reason} for NOT_ELIGIBLE, {@code given} form
 */
public record Finding(
        FindingCode code,
        String material,
        Set<String> matters,
        RuleRef rule,
        String basis,
        Map<String, String> detail) {

    public Finding {
        matters = Set.copyOf(matters);
        detail = Map.copyOf(detail);
    }

    public static Finding about(FindingCode code, Slot slot, Map<String, String> detail) {
        Requirement lead = slot.lead();
        return new Finding(
                code, lead.getCode(), slot.matters(), lead.rule(), lead.spec().basis(), detail);
    }

    public static Finding about(FindingCode code, Slot slot) {
        return about(code, slot, Map.of());
    }

    /** The applicant or the request is outside the matter (行政许可法 art. 32(1)(2)). */
    public static Finding notEligible(String matter, String reason, String basis, Rule rule) {
        return new Finding(
                FindingCode.NOT_ELIGIBLE, null, Set.of(matter), RuleRef.of(rule), basis, Map.of("reason", reason));
    }

    public FindingCode getCode() {
        return code;
    }

    public Set<String> getMatters() {
        return matters;
    }
}
