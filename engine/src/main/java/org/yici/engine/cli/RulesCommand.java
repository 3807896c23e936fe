package org.yici.engine.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.yici.engine.rulebase.RuleStore;
import org.yici.rules.build.RuleBook;
import org.yici.rules.build.RuleBuildException;
import org.yici.rules.build.RuleSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code yici rules}: the rule versions published to the database for every node. */
@Command(
        name = "rules",
        description = "Publish a rules folder to the database, for every node in database mode (yici.rules.source).",
        subcommands = {RulesCommand.Publish.class, RulesCommand.History.class})
public class RulesCommand {

    @Command(
            name = "publish",
            description = {
                "Compile RULES_DIR and, if it compiles, store it as the published rule version.",
                "Every node with yici.rules.source=database serves it within its poll interval.",
                "A folder that does not compile is refused: one problem a line, file:line:column: SEVERITY message."
            },
            exitCodeListHeading = "Exit codes:%n",
            exitCodeList = {"0:published (or already the published version)", "1:refused: the rules do not compile"})
    static class Publish implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "RULES_DIR", description = "the rules folder (common/, matters/, data/)")
        Path dir;

        @Option(
                names = "--by",
                description = "who publishes, recorded with the version (default: the operating-system user)")
        String by;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            if (!Files.isDirectory(dir)) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "not a folder: " + dir);
            }
            RuleSource source = RuleSource.directory(dir);
            // A wrong folder (rules/matters, an empty one) would compile to no matters at all and
            // leave every node unable to check anything.
            if (source.files().keySet().stream().noneMatch(p -> p.startsWith("matters/"))) {
                throw new picocli.CommandLine.ParameterException(
                        spec.commandLine(), "not a rules folder (no matters/ in it): " + dir);
            }
            var out = spec.commandLine().getOut();
            try {
                RuleBook.build(source);
            } catch (RuleBuildException e) {
                e.problems().forEach(out::println);
                spec.commandLine()
                        .getErr()
                        .printf(
                                Locale.ROOT,
                                "not published: %d problem(s) in %s%n",
                                e.problems().size(),
                                dir);
                return 1;
            }
            String publisher = by == null || by.isBlank() ? "cli:" + System.getProperty("user.name") : by;
            try (var context = Cli.dataContext()) {
                RuleStore store = context.getBean(RuleStore.class);
                var latest = store.latest();
                if (latest.isPresent() && latest.get().version().equals(source.version())) {
                    out.printf(
                            Locale.ROOT,
                            "%s is already the published version (by %s at %s)%n",
                            source.version(),
                            latest.get().publishedBy(),
                            latest.get().publishedAt());
                    return 0;
                }
                var published = store.publish(source, publisher);
                out.printf(
                        Locale.ROOT,
                        "published %s (%d files) by %s at %s%n",
                        published.version(),
                        source.files().size(),
                        published.publishedBy(),
                        published.publishedAt());
                return 0;
            }
        }
    }

    @Command(name = "history", description = "The latest publications, newest first (the first is live).")
    static class History implements Callable<Integer> {
        @Option(names = "--limit", defaultValue = "20", description = "how many (default: ${DEFAULT-VALUE})")
        int limit;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try (var context = Cli.dataContext()) {
                for (var p : context.getBean(RuleStore.class).history(limit)) {
                    spec.commandLine()
                            .getOut()
                            .printf(Locale.ROOT, "%s  %s  %s%n", p.publishedAt(), p.version(), p.publishedBy());
                }
                return 0;
            }
        }
    }
}
