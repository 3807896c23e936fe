package org.yici.engine.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.yici.engine.matter.MatterCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code yici matters [CODE]}: the catalogue, or one matter's checklist. */
@Command(name = "matters", description = "List matters and bundles, or show the checklist of one.")
public class MattersCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "CODE")
    String code;

    @Option(names = "--rules", paramLabel = "DIR", description = "rules folder (default: YICI_RULES_DIR or packaged)")
    Path rules;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var book = Cli.book(rules);
        MatterCatalog catalog = new MatterCatalog(() -> book);
        var out = spec.commandLine().getOut();
        if (code == null) {
            catalog.list()
                    .forEach(m -> out.printf(
                            java.util.Locale.ROOT,
                            "%-10s %s%s%n",
                            m.code(),
                            m.name(),
                            m.members() == null
                                    ? "（" + m.department() + "）"
                                    : " = " + String.join(" + ", m.members())));
            return 0;
        }
        var checklist = catalog.checklist(code);
        if (checklist.isEmpty()) {
            spec.commandLine().getErr().println("未知的事项或一件事编码：" + code);
            return 2;
        }
        out.print(Cli.json().writeValueAsString(checklist.get()) + "\n");
        return 0;
    }
}
