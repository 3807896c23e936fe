package org.yici.engine;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.yici.engine.cli.CheckCommand;
import org.yici.engine.cli.CliLogging;
import org.yici.engine.cli.DeferralsCommand;
import org.yici.engine.cli.DiffCommand;
import org.yici.engine.cli.DishonestyCommand;
import org.yici.engine.cli.FormCommand;
import org.yici.engine.cli.IngestCommand;
import org.yici.engine.cli.KeysCommand;
import org.yici.engine.cli.LicencesCommand;
import org.yici.engine.cli.MattersCommand;
import org.yici.engine.cli.RulesCommand;
import org.yici.engine.cli.ServeCommand;
import org.yici.engine.cli.StaffCommand;
import org.yici.engine.cli.VerifyCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code yici} command line: the service and the tools around it. */
@Command(
        name = "yici",
        mixinStandardHelpOptions = true,
        versionProvider = Yici.BuildVersion.class,
        description = "Yici (一次): materials pre-check for government service centres.",
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0  done (check: accepted; verify: clean)",
            "  1  check: correction required or not accepted; verify: problems found",
            "  2  bad request or usage: unreadable file, invalid request, unknown option",
            "  3  the command failed (the reason on standard error; --verbose for details)",
            "Results go to standard output, logs to standard error (quiet unless --verbose)."
        })
public class Yici {
    /** The exit code of a command that failed on something other than its input. */
    public static final int FAILED = 3;

    /**
     * The subcommands, in the order {@code --help} lists them. Not in {@code @Command(subcommands)}:
     * picocli builds the model of every command it is given by reflection (and loads the types of
     * all their options), which cost a short command like {@code keys list} a sixth of its start-up;
     * a command line that names one gets only that one (see {@link #commandLine}).
     */
    private static final List<Class<?>> SUBCOMMANDS = List.of(
            ServeCommand.class,
            CheckCommand.class,
            MattersCommand.class,
            VerifyCommand.class,
            RulesCommand.class,
            LicencesCommand.class,
            DeferralsCommand.class,
            DishonestyCommand.class,
            DiffCommand.class,
            IngestCommand.class,
            KeysCommand.class,
            StaffCommand.class,
            FormCommand.class);

    @Option(
            names = "--verbose",
            scope = ScopeType.INHERIT,
            description = "also print logs (the rule build log, Spring) to standard error")
    boolean verbose;

    public static void main(String[] args) {
        // Chinese output must not depend on the terminal's locale.
        PrintWriter out = new PrintWriter(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = execute(out, err, true, args);
        if (!ServeCommand.isServing()) {
            System.exit(code);
        }
    }

    /**
     * Runs one command line. The only place commands' output is flushed: whatever a command
     * printed reaches {@code out} and {@code err} before this returns (and before {@link #main}
     * exits the process).
     *
     * @param setUpLogging whether to send logs to standard error, quiet unless {@code --verbose}
     *     (the process's own logging; tests running commands in process leave theirs alone)
     */
    public static int execute(PrintWriter out, PrintWriter err, boolean setUpLogging, String... args) {
        CommandLine cli = commandLine(args);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionStrategy(parsed -> {
            if (setUpLogging && !isServe(parsed)) {
                CliLogging.configure(isVerbose(parsed));
            }
            return new CommandLine.RunLast().execute(parsed);
        });
        cli.setExecutionExceptionHandler((e, command, parsed) -> {
            command.getErr().println("yici " + command.getCommandName() + ": " + describe(e));
            if (isVerbose(parsed)) {
                e.printStackTrace(command.getErr());
            }
            return FAILED;
        });
        try {
            return cli.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /**
     * The command line for {@code args}: with only the subcommand they name when they name one (the
     * top-level options are flags, so that is the first argument not starting with {@code -}),
     * else with all of them (the top-level {@code --help}, a misspelt command's suggestions).
     */
    public static CommandLine commandLine(String... args) {
        CommandLine cli = new CommandLine(new Yici());
        String named = Arrays.stream(args)
                .filter(arg -> !arg.startsWith("-"))
                .findFirst()
                .orElse(null);
        boolean known = SUBCOMMANDS.stream().anyMatch(command -> nameOf(command).equals(named));
        for (Class<?> command : SUBCOMMANDS) {
            if (!known || nameOf(command).equals(named)) {
                cli.addSubcommand(command);
            }
        }
        withHelp(cli);
        return cli;
    }

    private static String nameOf(Class<?> command) {
        return command.getAnnotation(Command.class).name();
    }

    /** {@code --help} (and {@code --version}) on every command and subcommand. */
    private static void withHelp(CommandLine cli) {
        cli.getCommandSpec().mixinStandardHelpOptions(true);
        cli.getSubcommands().values().forEach(Yici::withHelp);
    }

    private static boolean isServe(CommandLine.ParseResult parsed) {
        return parsed.hasSubcommand()
                && parsed.subcommand().commandSpec().name().equals("serve");
    }

    private static boolean isVerbose(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult p = parsed; p != null; p = p.hasSubcommand() ? p.subcommand() : null) {
            if (p.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }

    /** {@code --version}: the version of the build (META-INF/build-info.properties). */
    static final class BuildVersion implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws java.io.IOException {
            java.util.Properties build = new java.util.Properties();
            try (var in = Yici.class.getResourceAsStream("/META-INF/build-info.properties")) {
                if (in != null) {
                    build.load(in);
                }
            }
            return new String[] {"yici " + build.getProperty("build.version", "(development)")};
        }
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
