package org.yici.rules.build;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yici.rules.model.RuleRef;

/**
 * Where each rule is written ({@code file:line}) and which material codes each matter rule asks
 * for, read from the DRL text. Findings carry the rule's name; this turns it into a source line.
 */
public final class DrlIndex {
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;?", Pattern.MULTILINE);
    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"", Pattern.MULTILINE);
    private static final Pattern NEED = Pattern.compile("Need\\.of\\(\\s*\"([^\"]+)\"");

    /** A rule as written: where, and which material codes its consequence needs. */
    public record RuleSite(RuleRef rule, String file, int line, List<String> needs) {
        public String source() {
            return file + ":" + line;
        }
    }

    private final Map<RuleRef, RuleSite> sites = new HashMap<>();
    private final List<RuleSite> duplicates = new ArrayList<>();
    private final Map<String, List<RuleSite>> byFile = new HashMap<>();

    public static DrlIndex of(RuleSource source) {
        return of(source, null, null);
    }

    /**
     * The index of {@code source}, taking the sites of every file whose bytes are the same in
     * {@code before} from {@code previous} (the index of {@code before}) instead of reading it again.
     */
    static DrlIndex of(RuleSource source, RuleSource before, DrlIndex previous) {
        DrlIndex index = new DrlIndex();
        source.files().forEach((path, bytes) -> {
            if (!path.endsWith(".drl")) {
                return;
            }
            List<RuleSite> known =
                    previous == null || !java.util.Arrays.equals(before.files().get(path), bytes)
                            ? null
                            : previous.byFile.get(path);
            index.put(path, known != null ? known : read(path, source.text(path)));
        });
        return index;
    }

    /** The package a DRL text declares, or "" when it declares none. */
    public static String packageOf(String text) {
        Matcher pkg = PACKAGE.matcher(text);
        return pkg.find() ? pkg.group(1) : "";
    }

    private static List<RuleSite> read(String file, String text) {
        String packageName = packageOf(text);
        Matcher rule = RULE.matcher(text);
        List<int[]> starts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (rule.find()) {
            starts.add(new int[] {rule.start(1)});
            names.add(rule.group(1));
        }
        List<RuleSite> read = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            int from = starts.get(i)[0];
            int to = i + 1 < names.size() ? starts.get(i + 1)[0] : text.length();
            List<String> needs = new ArrayList<>();
            Matcher need = NEED.matcher(text.substring(from, to));
            while (need.find()) {
                needs.add(need.group(1));
            }
            RuleRef ref = new RuleRef(packageName, names.get(i));
            read.add(new RuleSite(ref, file, lineOf(text, from), List.copyOf(needs)));
        }
        return List.copyOf(read);
    }

    private void put(String file, List<RuleSite> fileSites) {
        byFile.put(file, fileSites);
        for (RuleSite site : fileSites) {
            RuleSite earlier = sites.putIfAbsent(site.rule(), site);
            if (earlier != null) {
                duplicates.add(site);
            }
        }
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /**
     * Rules named like an earlier one of the same package (files in path order): the rule base is
     * compiled in shards, so the compiler only sees duplicates within one shard.
     */
    public List<RuleSite> duplicates() {
        return List.copyOf(duplicates);
    }

    /** Where the rule is written, or null when the index does not know it. */
    public RuleSite siteOf(RuleRef rule) {
        return sites.get(rule);
    }

    /** {@code file:line} of the rule, or its name when the index does not know it. */
    public String sourceOf(RuleRef rule) {
        RuleSite site = sites.get(rule);
        return site == null ? rule.packageName() + "/" + rule.name() : site.source();
    }

    public List<RuleSite> sites() {
        return sites.values().stream()
                .sorted((a, b) -> a.file().equals(b.file())
                        ? Integer.compare(a.line(), b.line())
                        : a.file().compareTo(b.file()))
                .toList();
    }
}
