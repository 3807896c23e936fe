package org.yici.engine.cli;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.yici.engine.apikey.ApiKeys;
import org.yici.engine.apikey.ApiRole;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code yici keys}: API keys for intake systems, staff tools and rule maintainers. */
@Command(
        name = "keys",
        description = "Create, list and revoke API keys (stored hashed; a key is shown once).",
        subcommands = {KeysCommand.Create.class, KeysCommand.ListKeys.class, KeysCommand.Revoke.class})
public class KeysCommand {

    @Command(name = "create", description = "Create a key and print it (only now).")
    static class Create implements Callable<Integer> {
        @Option(names = "--role", required = true, description = "INTAKE, STAFF or RULE_ADMIN (repeatable)")
        List<ApiRole> roles;

        @Option(names = "--name", required = true, description = "who it is for, e.g. the intake system")
        String name;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try (var context = Cli.dataContext()) {
                var created = context.getBean(ApiKeys.class).create(name, EnumSet.copyOf(roles));
                var out = spec.commandLine().getOut();
                out.println(created.key());
                out.printf(
                        Locale.ROOT,
                        "id %s, name %s, roles %s (store the key now: it is not shown again)%n",
                        created.record().id(),
                        name,
                        roles);
                return 0;
            }
        }
    }

    @Command(name = "list", description = "List keys (never the keys themselves).")
    static class ListKeys implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try (var context = Cli.dataContext()) {
                for (var key : context.getBean(ApiKeys.class).list()) {
                    spec.commandLine()
                            .getOut()
                            .printf(
                                    Locale.ROOT,
                                    "%s  %-24s %-28s %s%n",
                                    key.id(),
                                    key.name(),
                                    key.roles(),
                                    key.revokedAt() == null ? "live" : "revoked " + key.revokedAt());
                }
                return 0;
            }
        }
    }

    @Command(name = "revoke", description = "Revoke a key by its id.")
    static class Revoke implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "ID")
        String id;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try (var context = Cli.dataContext()) {
                boolean revoked = context.getBean(ApiKeys.class).revoke(id);
                spec.commandLine().getOut().println(revoked ? "revoked " + id : "no live key " + id);
                return revoked ? 0 : 2;
            }
        }
    }
}
