package org.yici.engine.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.yici.engine.window.StaffUsers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code yici staff}: the window's staff users. Passwords are asked for on the console (or read
 * from standard input when piped), never taken as arguments that would land in shell history.
 */
@Command(
        name = "staff",
        description = "Add, list, enable, disable window staff users and set their passwords.",
        subcommands = {
            StaffCommand.Add.class,
            StaffCommand.ListStaff.class,
            StaffCommand.Disable.class,
            StaffCommand.Enable.class,
            StaffCommand.Password.class
        })
public class StaffCommand {

    @Command(name = "add", description = "Add a staff user (role STAFF); asks for the password (stdin when piped).")
    static class Add implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "USER", description = "login name")
        String username;

        @Option(names = "--name", description = "name shown on the pages, e.g. 王小窗 (default: USER)")
        String displayName;

        @Option(names = "--office", description = "office or window, e.g. 综合受理窗口")
        String office;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try (var context = Cli.dataContext()) {
                String name = displayName == null || displayName.isBlank() ? username : displayName;
                context.getBean(StaffUsers.class).add(username, askPassword(), name, office);
                spec.commandLine().getOut().printf(Locale.ROOT, "added staff user %s (%s)%n", username, name);
                return 0;
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return 2;
            }
        }
    }

    @Command(name = "list", description = "List staff users (never their passwords).")
    static class ListStaff implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try (var context = Cli.dataContext()) {
                for (var account : context.getBean(StaffUsers.class).list()) {
                    spec.commandLine()
                            .getOut()
                            .printf(
                                    Locale.ROOT,
                                    "%-20s %-12s %-20s %s%n",
                                    account.username(),
                                    account.displayName(),
                                    account.office() == null ? "-" : account.office(),
                                    account.enabled() ? "enabled" : "disabled");
                }
                return 0;
            }
        }
    }

    @Command(name = "disable", description = "Stop a user from logging in (the audit trail keeps the name).")
    static class Disable extends SetEnabled {
        Disable() {
            super(false);
        }
    }

    @Command(name = "enable", description = "Let a disabled user log in again.")
    static class Enable extends SetEnabled {
        Enable() {
            super(true);
        }
    }

    /** {@code disable} and {@code enable}: the same change of one flag. */
    abstract static class SetEnabled implements Callable<Integer> {
        private final boolean enabled;

        @Parameters(index = "0", paramLabel = "USER")
        String username;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        SetEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        @Override
        public Integer call() {
            try (var context = Cli.dataContext()) {
                boolean changed = context.getBean(StaffUsers.class).setEnabled(username, enabled);
                spec.commandLine()
                        .getOut()
                        .println(
                                changed
                                        ? (enabled ? "enabled " : "disabled ") + username
                                        : "no staff user " + username);
                return changed ? 0 : 2;
            }
        }
    }

    @Command(name = "password", description = "Set a user's password; asks for it.")
    static class Password implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "USER")
        String username;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try (var context = Cli.dataContext()) {
                boolean changed = context.getBean(StaffUsers.class).changePassword(username, askPassword());
                spec.commandLine()
                        .getOut()
                        .println(changed ? "password set for " + username : "no staff user " + username);
                return changed ? 0 : 2;
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return 2;
            }
        }
    }

    /**
     * The password typed on the console (twice, without echo), or the first line of standard input
     * when it is piped (scripts, tests).
     */
    static String askPassword() {
        java.io.Console console = System.console();
        if (console != null) {
            char[] first = console.readPassword("password: ");
            char[] again = console.readPassword("again: ");
            if (first == null || !java.util.Arrays.equals(first, again)) {
                throw new IllegalArgumentException("the two passwords differ");
            }
            return new String(first);
        }
        try {
            String line = new java.io.BufferedReader(
                            new java.io.InputStreamReader(System.in, java.nio.charset.StandardCharsets.UTF_8))
                    .readLine();
            return line == null ? "" : line;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
