package org.yici.rules.model;

import org.kie.api.definition.rule.Rule;

/**
 * A matter rule's conclusion that a material is needed in this case. The common require phase
 * joins it with the material's {@link MaterialSpec} into a {@link Requirement}.
 */
public record Need(String code, RuleRef rule) {

    public static Need of(String code, Rule rule) {
        return new Need(code, RuleRef.of(rule));
    }

    public String getCode() {
        return code;
    }

    public RuleRef getRule() {
        return rule;
    }
}
