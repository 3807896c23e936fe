package org.yici.engine.rulebase;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/** Health: a rule base is loaded (and the last reload, if it failed, is reported as a detail). */
@Component("rules")
class RulesHealthIndicator implements HealthIndicator {
    private final LiveRuleBook rules;

    RulesHealthIndicator(LiveRuleBook rules) {
        this.rules = rules;
    }

    @Override
    public Health health() {
        var book = rules.book();
        Health.Builder health = Health.up()
                .withDetail("version", book.version())
                .withDetail("matters", book.matters().size())
                .withDetail("loadedAt", rules.loadedAt().toString());
        rules.lastReload()
                .filter(r -> !r.succeeded())
                .ifPresent(
                        r -> health.withDetail("lastReloadFailed", r.problems().size() + " problem(s) at " + r.at()));
        return health.build();
    }
}
