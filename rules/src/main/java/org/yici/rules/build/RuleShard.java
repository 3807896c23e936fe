package org.yici.rules.build;

import java.util.List;
import org.kie.api.KieBase;

/**
 * One compiled part of a rule book: the common rules plus the rules of a group of matters, in a
 * KieBase of its own. Immutable; a rebuild whose shard has the same DRL reuses it as it is.
 *
 * @param index the shard's number in the plan
 * @param matters the matter folders compiled into it, sorted
 * @param key a hash of every DRL path and text compiled into it: same key, same KieBase
 * @param warnings the compiler's warnings for its files
 */
public record RuleShard(int index, List<String> matters, String key, KieBase kieBase, List<BuildProblem> warnings) {
    public RuleShard {
        matters = List.copyOf(matters);
        warnings = List.copyOf(warnings);
    }
}
