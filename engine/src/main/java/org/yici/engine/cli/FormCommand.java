package org.yici.engine.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.yici.engine.form.ApplicantQuery;
import org.yici.engine.form.FilledForm;
import org.yici.engine.form.FormException;
import org.yici.engine.form.FormService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code yici form CODE}: the matter's application form pre-filled for an applicant (智能预填). */
@Command(
        name = "form",
        description = "Print a matter's application form pre-filled for an applicant (智能预填), as HTML or PDF.")
public class FormCommand implements Callable<Integer> {
    enum Format {
        html,
        pdf
    }

    @Parameters(index = "0", paramLabel = "CODE", description = "matter code, e.g. GTGSH-SL")
    String matter;

    @Option(names = "--applicant-id", paramLabel = "ID_NUMBER", description = "the applicant's ID number")
    String idNumber;

    @Option(names = "--name", description = "the applicant's name as they give it")
    String name;

    @Option(names = "--credit-code", paramLabel = "CODE", description = "the applicant's unified social credit code")
    String creditCode;

    @Option(names = "--check-id", paramLabel = "ID", description = "fill for the applicant and agent of this check")
    String checkId;

    @Option(names = "--format", defaultValue = "html", description = "html or pdf (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "write here instead of standard output")
    Path output;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (checkId == null && idNumber == null && creditCode == null) {
            spec.commandLine().getErr().println("give --applicant-id, --credit-code or --check-id");
            return 2;
        }
        byte[] bytes;
        FilledForm form;
        try (var context = Cli.springContext()) {
            FormService forms = context.getBean(FormService.class);
            form = checkId != null
                    ? forms.fillForCheck(matter, checkId)
                    : forms.fill(matter, new ApplicantQuery(idNumber, name, creditCode));
            bytes = format == Format.pdf ? forms.pdf(form) : forms.html(form).getBytes(StandardCharsets.UTF_8);
        } catch (FormException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 2;
        }
        if (output != null) {
            Files.write(output, bytes);
        } else if (format == Format.html) {
            spec.commandLine().getOut().print(new String(bytes, StandardCharsets.UTF_8));
        } else {
            // A PDF is bytes; the command line's writer is for text.
            OutputStream out = new FileOutputStream(FileDescriptor.out);
            out.write(bytes);
            out.flush();
        }
        spec.commandLine()
                .getErr()
                .printf(
                        java.util.Locale.ROOT,
                        "%s: %d of %d fields pre-filled%n",
                        matter,
                        form.filled(),
                        form.fillable());
        return 0;
    }
}
