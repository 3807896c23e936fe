package org.yici.rules.build;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.drools.compiler.kie.builder.impl.DrlProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.yici.rules.data.MatterDefinition;
import org.yici.rules.data.ReferenceData;
import org.yici.rules.data.Yaml;

/**
 * A built rule base: the compiled DRL of every matter and the common phases, with the matters'
 * metadata and the reference data. Immutable and shared by all checks; a reload builds a new one.
 *
 * <p>DRL is compiled with {@link DrlProject} (the interpreted build): several times faster to build
 * than the executable model, a fraction of its memory, and its errors carry file and line.
 */
public final class RuleBook {
    private static final String RESOURCES = "src/main/resources/";
    private static final AtomicLong BUILDS = new AtomicLong();
    private static final String KMODULE =
            """
            <kmodule xmlns="http://www.drools.org/xsd/kmodule">
              <configuration>
                <property key="drools.kbuilder.severity.duplicateRule" value="ERROR"/>
              </configuration>
              <kbase name="yici" default="true" equalsBehavior="equality">
                <ksession name="check" default="true"/>
              </kbase>
            </kmodule>
            """;

    private final RuleSource source;
    private final String version;
    private final KieBase kieBase;
    private final ReferenceData data;
    private final Map<String, MatterDefinition> matters;
    private final DrlIndex index;
    private final List<BuildProblem> warnings;
    private final Instant builtAt;

    private RuleBook(
            RuleSource source,
            KieBase kieBase,
            ReferenceData data,
            Map<String, MatterDefinition> matters,
            DrlIndex index,
            List<BuildProblem> warnings) {
        this.source = source;
        this.version = source.version();
        this.kieBase = kieBase;
        this.data = data;
        this.matters = matters;
        this.index = index;
        this.warnings = List.copyOf(warnings);
        this.builtAt = Instant.now();
    }

    /**
     * Builds the rule base from {@code source}.
     *
     * @throws RuleBuildException listing every error (DRL compile errors, unreadable YAML, lint
     *     errors), each with file and line
     */
    public static RuleBook build(RuleSource source) {
        List<BuildProblem> problems = new ArrayList<>();
        ReferenceData data = ReferenceData.read(source, problems);
        Map<String, MatterDefinition> matters = readMatters(source, problems);
        DrlIndex index = DrlIndex.of(source);
        problems.addAll(RuleLint.check(source, data, matters, index));
        KieBase kieBase = compile(source, problems);
        List<BuildProblem> errors =
                problems.stream().filter(BuildProblem::isError).toList();
        if (!errors.isEmpty() || kieBase == null) {
            throw new RuleBuildException(errors);
        }
        return new RuleBook(source, kieBase, data, matters, index, problems);
    }

    private static Map<String, MatterDefinition> readMatters(RuleSource source, List<BuildProblem> problems) {
        Map<String, MatterDefinition> matters = new LinkedHashMap<>();
        for (String path : source.files().keySet()) {
            if (!path.startsWith("matters/") || !path.endsWith("/matter.yaml")) {
                continue;
            }
            try {
                MatterDefinition matter = Yaml.read(path, source.text(path), MatterDefinition.class);
                String folder = path.substring("matters/".length(), path.length() - "/matter.yaml".length());
                if (!folder.equals(matter.code())) {
                    problems.add(BuildProblem.error(
                            path, 0, "matter code " + matter.code() + " does not match its folder " + folder));
                }
                matters.put(matter.code(), matter);
            } catch (Yaml.InvalidRuleFileException e) {
                problems.add(e.problem());
            }
        }
        return matters;
    }

    private static KieBase compile(RuleSource source, List<BuildProblem> problems) {
        KieServices ks = KieServices.get();
        ReleaseId releaseId = ks.newReleaseId("org.yici.rules", "rulebook-" + BUILDS.incrementAndGet(), "1.0.0");
        KieFileSystem kfs =
                ks.newKieFileSystem().generateAndWritePomXML(releaseId).writeKModuleXML(KMODULE);
        // Drools wants a DRL's folder to follow its package; our layout follows matter codes.
        // Files go in by package and messages are mapped back to the maintainer's path.
        Map<String, String> realPaths = new HashMap<>();
        source.files().forEach((path, bytes) -> {
            if (path.endsWith(".drl")) {
                String kiePath = RESOURCES
                        + DrlIndex.packageOf(source.text(path)).replace('.', '/') + "/"
                        + Integer.toHexString(path.hashCode()) + "-" + path.substring(path.lastIndexOf('/') + 1);
                realPaths.put(kiePath.substring(RESOURCES.length()), path);
                kfs.write(kiePath, bytes);
            }
        });
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(DrlProject.class);
        boolean failed = false;
        for (Message m : builder.getResults().getMessages()) {
            String file = m.getPath() == null
                    ? "?"
                    : realPaths.getOrDefault(m.getPath().replaceFirst("^" + RESOURCES, ""), m.getPath());
            String text = m.getText().strip();
            if (m.getLevel() == Message.Level.ERROR) {
                failed = true;
                problems.add(BuildProblem.error(file, Math.max(m.getLine(), 0), text));
            } else if (m.getLevel() == Message.Level.WARNING) {
                problems.add(BuildProblem.warning(file, Math.max(m.getLine(), 0), text));
            }
        }
        if (failed) {
            ks.getRepository().removeKieModule(releaseId);
            return null;
        }
        try {
            return ks.newKieContainer(releaseId).getKieBase();
        } finally {
            // The container keeps what it needs; the repository copy would pin every retired build.
            ks.getRepository().removeKieModule(releaseId);
        }
    }

    public String version() {
        return version;
    }

    public KieBase kieBase() {
        return kieBase;
    }

    public ReferenceData data() {
        return data;
    }

    public Map<String, MatterDefinition> matters() {
        return java.util.Collections.unmodifiableMap(matters);
    }

    public DrlIndex index() {
        return index;
    }

    public RuleSource source() {
        return source;
    }

    public List<BuildProblem> warnings() {
        return warnings;
    }

    public Instant builtAt() {
        return builtAt;
    }
}
