package org.yici.engine.rulebase;

import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.yici.engine.YiciProperties;
import org.yici.rules.build.RuleBook;
import org.yici.rules.build.RuleSource;
import org.yici.rules.check.Checker;

/**
 * The rule book every check runs on. A check takes the current checker once and uses it to the
 * end, so a later swap never mixes two versions within one check.
 */
@Component
public class LiveRuleBook {
    private static final Logger log = LoggerFactory.getLogger(LiveRuleBook.class);

    private final AtomicReference<Checker> current = new AtomicReference<>();

    LiveRuleBook(YiciProperties properties) {
        RuleSource source = properties.rulesDir() == null
                        || properties.rulesDir().toString().isBlank()
                ? RuleSource.classpath()
                : RuleSource.directory(properties.rulesDir());
        RuleBook book = RuleBook.build(source);
        book.warnings().forEach(w -> log.warn("rules: {}", w));
        log.info(
                "rule base {} loaded from {}: {} matters",
                book.version(),
                source.origin(),
                book.matters().size());
        current.set(new Checker(book));
    }

    public Checker checker() {
        return current.get();
    }

    public RuleBook book() {
        return current.get().ruleBook();
    }

    /** The checker of an earlier version, if it is still loaded (re-checking a supplement). */
    public java.util.Optional<Checker> checkerFor(String version) {
        Checker live = current.get();
        return live.ruleBook().version().equals(version) ? java.util.Optional.of(live) : java.util.Optional.empty();
    }
}
