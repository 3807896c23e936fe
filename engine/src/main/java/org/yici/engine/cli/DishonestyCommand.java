package org.yici.engine.cli;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.yici.engine.csv.CsvRows;
import org.yici.engine.dishonesty.DishonestyList;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code yici dishonesty import FILE}: loads the dishonesty list (失信名单) from CSV. */
@Command(name = "dishonesty", description = "Manage the dishonesty list.", subcommands = DishonestyCommand.Import.class)
public class DishonestyCommand {

    @Command(name = "import", description = "Import from CSV: holder,name,basis,listedOn")
    static class Import implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "FILE")
        Path file;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            try (var context = Cli.dataContext();
                    Reader csv = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                int n = context.getBean(DishonestyList.class).importCsv(csv);
                spec.commandLine().getOut().println("imported " + n + " entr" + (n == 1 ? "y" : "ies"));
                return 0;
            } catch (CsvRows.InvalidCsvException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return 2;
            }
        }
    }
}
