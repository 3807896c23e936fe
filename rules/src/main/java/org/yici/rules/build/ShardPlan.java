package org.yici.rules.build;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.yici.rules.data.BundleDefinition;

/**
 * Which matters share a rule base shard. A check only ever runs the rules of its own matter (or of
 * its bundle's members), so matters can live in separate KieBases and a change to one matter only
 * recompiles its shard.
 *
 * <p>The plan is stable: a matter's shard is a hash of its code (of the first code of its bundle
 * group, so that every member of a bundle is in the same shard), modulo a power-of-two shard count
 * chosen from the number of matters. Adding or removing a matter therefore moves no other matter,
 * except when the count doubles or halves — then every shard is rebuilt once, in the background.
 */
final class ShardPlan {
    private final int count;
    private final Map<String, Integer> shardOf;
    private final List<List<String>> members;

    private ShardPlan(int count, Map<String, Integer> shardOf, List<List<String>> members) {
        this.count = count;
        this.shardOf = shardOf;
        this.members = members;
    }

    static ShardPlan of(Collection<String> matters, Collection<BundleDefinition> bundles, int mattersPerShard) {
        int count = shardCount(matters.size(), mattersPerShard);
        Map<String, String> groupOf = groups(matters, bundles);
        Map<String, Integer> shardOf = new HashMap<>();
        Map<Integer, TreeSet<String>> byShard = new TreeMap<>();
        for (String matter : matters) {
            int shard = Math.floorMod(mix(groupOf.get(matter).hashCode()), count);
            shardOf.put(matter, shard);
            byShard.computeIfAbsent(shard, s -> new TreeSet<>()).add(matter);
        }
        List<List<String>> members = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            TreeSet<String> in = byShard.get(i);
            members.add(in == null ? List.of() : List.copyOf(in));
        }
        return new ShardPlan(count, shardOf, members);
    }

    /** The smallest power of two that keeps shards at about {@code mattersPerShard} matters. */
    static int shardCount(int matters, int mattersPerShard) {
        int wanted = Math.max(1, (matters + mattersPerShard - 1) / mattersPerShard);
        return Integer.highestOneBit(wanted) == wanted ? wanted : Integer.highestOneBit(wanted) << 1;
    }

    /**
     * Bundle members in one group (union of overlapping bundles), named by the smallest code in it;
     * a matter in no bundle is its own group.
     */
    private static Map<String, String> groups(Collection<String> matters, Collection<BundleDefinition> bundles) {
        Map<String, String> parent = new HashMap<>();
        matters.forEach(m -> parent.put(m, m));
        for (BundleDefinition bundle : bundles) {
            List<String> known =
                    bundle.members().stream().filter(parent::containsKey).toList();
            for (int i = 1; i < known.size(); i++) {
                String a = root(parent, known.get(0));
                String b = root(parent, known.get(i));
                if (!a.equals(b)) {
                    // The smaller code becomes the root, so the group's name does not depend on order.
                    parent.put(a.compareTo(b) < 0 ? b : a, a.compareTo(b) < 0 ? a : b);
                }
            }
        }
        Map<String, String> groupOf = new HashMap<>();
        matters.forEach(m -> groupOf.put(m, root(parent, m)));
        return groupOf;
    }

    private static String root(Map<String, String> parent, String m) {
        String r = m;
        while (!parent.get(r).equals(r)) {
            r = parent.get(r);
        }
        return r;
    }

    /** Spreads similar codes (GEN0001-XK, GEN0002-XK, …) over the low bits (murmur3 finaliser). */
    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }

    int count() {
        return count;
    }

    /** The shard of a matter, or -1 for a code that is not a matter. */
    int shardOf(String matter) {
        return shardOf.getOrDefault(matter, -1);
    }

    /** The matters of each shard, sorted; a shard may be empty. */
    List<List<String>> members() {
        return members;
    }
}
