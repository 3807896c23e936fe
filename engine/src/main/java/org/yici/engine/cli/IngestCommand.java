package org.yici.engine.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.yici.ingest.IngestConfig;
import org.yici.ingest.IngestErrorKind;
import org.yici.ingest.IngestException;
import org.yici.ingest.IngestReport;
import org.yici.ingest.IngestedDocument;
import org.yici.ingest.Ingestor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code yici ingest FILE}: the pages of a PDF or scan, their source, confidence and text. */
@Command(
        name = "ingest",
        description = "Read a PDF, PNG, JPEG or TIFF: pages, source, OCR confidence, text.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:read", "2:the file cannot be read (the reason on standard error)"})
public class IngestCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Option(names = "--text", description = "only the text, pages separated by a form feed (\\f)")
    boolean textOnly;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    enum Format {
        text,
        json
    }

    /** What {@code --format json} prints: the report, without word boxes. */
    record Report(String file, String mediaType, long millis, List<Page> pages) {
        static Report of(IngestedDocument d) {
            return new Report(
                    d.declaredName(),
                    d.type().mediaType(),
                    d.timings().totalMillis(),
                    d.pages().stream()
                            .map(p -> new Page(
                                    p.number(), p.source().name(), p.charCount(), p.meanConfidence(), p.text()))
                            .toList());
        }
    }

    record Page(int number, String source, int chars, double confidence, String text) {}

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        if (!Files.isRegularFile(file)) {
            spec.commandLine().getErr().println("no such file: " + file);
            return 2;
        }
        try (Ingestor ingestor = Ingestor.create(IngestConfig.defaults())) {
            if (Files.size(file) == 0) {
                throw new IngestException(IngestErrorKind.EMPTY, file.toString());
            }
            IngestedDocument document = ingestor.ingest(file, file.getFileName().toString());
            if (textOnly) {
                out.print(document.text());
                out.print('\n');
            } else if (format == Format.json) {
                out.print(Cli.json().writeValueAsString(Report.of(document)) + "\n");
            } else {
                out.print(IngestReport.format(document));
            }
            return 0;
        } catch (IngestException e) {
            spec.commandLine().getErr().println(e.kind() + ": " + e.getMessage());
            return 2;
        }
    }
}
