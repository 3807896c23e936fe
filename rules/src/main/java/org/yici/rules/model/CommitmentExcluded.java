package org.yici.rules.model;

import org.kie.api.definition.rule.Rule;

/**
 * In this case the matter may not accept written commitments (告知承诺), e.g. a hotel of 50 rooms
 * or more for GGCS-WS (国办发〔2020〕42号 excludes matters of public health and safety risk).
 */
public record CommitmentExcluded(String matter, String reason, RuleRef rule) {

    public static CommitmentExcluded of(String matter, String reason, Rule rule) {
        return new CommitmentExcluded(matter, reason, RuleRef.of(rule));
    }

    public String getMatter() {
        return matter;
    }
}
