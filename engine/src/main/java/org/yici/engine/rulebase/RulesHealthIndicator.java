package org.yici.engine.rulebase;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;
import org.yici.engine.rulebase.RuleStore.Publication;

/**
 * Health: a rule base is loaded (and the last reload, if it failed, is reported as a detail). In
 * database mode also the published version, who published it and when, and whether this node
 * serves it: a node that cannot compile the newest published version keeps serving the one before
 * and reports {@code STALE} with the problems. STALE answers 200, not 503 (it still checks, on
 * the earlier rules), so a load balancer keeps it; monitoring sees the status.
 */
@Component("rules")
class RulesHealthIndicator implements HealthIndicator {
    /** The node serves an earlier version than the published one because it cannot compile that. */
    static final Status STALE = new Status("STALE", "the published rule version does not compile on this node");

    private final LiveRuleBook rules;

    RulesHealthIndicator(LiveRuleBook rules) {
        this.rules = rules;
    }

    @Override
    public Health health() {
        var book = rules.book();
        Health.Builder health = Health.up()
                .withDetail("source", rules.mode().name().toLowerCase(Locale.ROOT))
                .withDetail("version", book.version())
                .withDetail("matters", book.matters().size())
                .withDetail("loadedAt", rules.loadedAt().toString());
        rules.published().ifPresent(state -> {
            if (state.live() != null) {
                health.withDetail("liveVersionPublishedBy", state.live().publishedBy());
            }
            if (state.newest() != null) {
                health.withDetail("published", describe(state.newest()));
            }
            if (state.refused() != null) {
                health.status(STALE)
                        .withDetail(
                                "refusedVersion", state.refused().publication().version())
                        .withDetail(
                                "problems",
                                state.refused().problems().stream()
                                        .map(Object::toString)
                                        .toList());
            }
        });
        rules.lastReload()
                .filter(r -> !r.succeeded())
                .ifPresent(
                        r -> health.withDetail("lastReloadFailed", r.problems().size() + " problem(s) at " + r.at()));
        return health.build();
    }

    private static Map<String, Object> describe(Publication p) {
        Map<String, Object> published = new LinkedHashMap<>();
        published.put("version", p.version());
        published.put("by", p.publishedBy());
        published.put("at", p.publishedAt().toString());
        return published;
    }
}
