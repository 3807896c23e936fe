package org.yici.engine;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.yici.engine.cli.CheckCommand;
import org.yici.engine.cli.DeferralsCommand;
import org.yici.engine.cli.DiffCommand;
import org.yici.engine.cli.DishonestyCommand;
import org.yici.engine.cli.IngestCommand;
import org.yici.engine.cli.KeysCommand;
import org.yici.engine.cli.LicencesCommand;
import org.yici.engine.cli.MattersCommand;
import org.yici.engine.cli.ServeCommand;
import org.yici.engine.cli.StaffCommand;
import org.yici.engine.cli.VerifyCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code yici} command line: the service and the tools around it. */
@Command(
        name = "yici",
        mixinStandardHelpOptions = true,
        version = "yici 0.1.0",
        description = "Yici (一次): materials pre-check for government service centres.",
        subcommands = {
            ServeCommand.class,
            CheckCommand.class,
            MattersCommand.class,
            VerifyCommand.class,
            LicencesCommand.class,
            DeferralsCommand.class,
            DishonestyCommand.class,
            DiffCommand.class,
            IngestCommand.class,
            KeysCommand.class,
            StaffCommand.class
        })
public class Yici {

    public static void main(String[] args) {
        CommandLine cli = new CommandLine(new Yici());
        // Chinese output must not depend on the terminal's locale.
        cli.setOut(new PrintWriter(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        int code = cli.execute(args);
        if (!ServeCommand.isServing()) {
            System.exit(code);
        }
    }
}
