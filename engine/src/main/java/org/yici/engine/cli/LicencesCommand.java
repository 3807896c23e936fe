package org.yici.engine.cli;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.yici.engine.csv.CsvRows;
import org.yici.engine.licence.JdbcLicenceDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code yici licences import FILE}: fills the embedded licence directory (电子证照) from CSV. */
@Command(
        name = "licences",
        description = "Manage the embedded licence directory.",
        subcommands = LicencesCommand.Import.class)
public class LicencesCommand {

    @Command(name = "import", description = "Import licences from CSV: holder,type,number,validUntil,source")
    static class Import implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "FILE")
        Path file;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            try (var context = Cli.dataContext();
                    Reader csv = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                int n = context.getBean(JdbcLicenceDirectory.class).importCsv(csv);
                spec.commandLine().getOut().println("imported " + n + " licence(s)");
                return 0;
            } catch (CsvRows.InvalidCsvException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return 2;
            }
        }
    }
}
