package org.yici.rules.build;

import java.util.List;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * One compiled part of a rule book: the common rules plus the rules of a group of matters, in a
 * KieBase of its own. Immutable; a rebuild whose shard has the same DRL reuses it as it is.
 *
 * @param index the shard's number in the plan
 * @param matters the matter folders compiled into it, sorted
 * @param key a hash of every DRL path and text compiled into it: same key, same KieBase
 * @param warnings the compiler's warnings for its files
 * @param sessions the KieBase's pool of sessions: a check takes one and its dispose() gives it back
 *     reset. A fresh session builds the memory of every network node it touches; a pooled one keeps
 *     them, which is most of what a session cost per check.
 */
public record RuleShard(
        int index,
        List<String> matters,
        String key,
        KieBase kieBase,
        List<BuildProblem> warnings,
        KieSessionsPool sessions) {
    public RuleShard {
        matters = List.copyOf(matters);
        warnings = List.copyOf(warnings);
    }

    /** A newly compiled shard, with a pool of its own. */
    public RuleShard(int index, List<String> matters, String key, KieBase kieBase, List<BuildProblem> warnings) {
        this(index, matters, key, kieBase, warnings, kieBase.newKieSessionsPool(1));
    }

    /** A session for one check, from the pool; {@code dispose()} it to give it back. */
    public KieSession newSession() {
        return sessions.newKieSession();
    }
}
