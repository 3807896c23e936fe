package org.yici.engine.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.yici.ingest.IngestConfig;
import org.yici.ingest.IngestException;
import org.yici.ingest.IngestReport;
import org.yici.ingest.Ingestor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code yici ingest FILE}: the pages of a PDF or scan, their source, confidence and text. */
@Command(name = "ingest", description = "Read a PDF, PNG, JPEG or TIFF: pages, source, OCR confidence, text.")
public class IngestCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (Ingestor ingestor = Ingestor.create(IngestConfig.defaults())) {
            spec.commandLine()
                    .getOut()
                    .print(IngestReport.format(
                            ingestor.ingest(file, file.getFileName().toString())));
            return 0;
        } catch (IngestException e) {
            spec.commandLine().getErr().println(e.kind() + ": " + e.getMessage());
            return 2;
        }
    }
}
