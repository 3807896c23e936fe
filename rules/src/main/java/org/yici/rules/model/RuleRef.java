package org.yici.rules.model;

import org.kie.api.definition.rule.Rule;

/**
 * The rule a fact came from. The source file and line are looked up from the rule book's index
 * after the session, so consequences stay free of I/O.
 */
public record RuleRef(String packageName, String name) {

    public static RuleRef of(Rule rule) {
        return new RuleRef(rule.getPackageName(), rule.getName());
    }
}
