package org.yici.engine.cli;

import java.util.concurrent.Callable;
import org.yici.engine.audit.AuditTrail.Actor;
import org.yici.engine.check.CheckService;
import org.yici.engine.deferral.Deferral;
import org.yici.engine.deferral.DeferralService;
import org.yici.rules.check.CheckRequest;
import org.yici.rules.model.Form;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code yici deferrals}: list 容缺受理 materials, and record a supplement. */
@Command(
        name = "deferrals",
        description = "List deferred materials (容缺受理); 'supplement' records one handed in.",
        subcommands = DeferralsCommand.Supplement.class)
public class DeferralsCommand implements Callable<Integer> {
    @Option(names = "--overdue", description = "only overdue ones")
    boolean overdue;

    @Option(names = "--status", description = "OPEN, SUPPLEMENTED, OVERDUE or WITHDRAWN")
    Deferral.Status status;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (var context = Cli.dataContext()) {
            var list = context.getBean(DeferralService.class).list(overdue ? Deferral.Status.OVERDUE : status);
            var out = spec.commandLine().getOut();
            for (Deferral d : list) {
                out.printf(
                        java.util.Locale.ROOT,
                        "%s  %-12s %s  %s %s  %s  %s%n",
                        d.id(),
                        d.status(),
                        d.dueDate(),
                        d.material(),
                        d.name(),
                        d.applicantName(),
                        d.checkId());
            }
            out.printf(java.util.Locale.ROOT, "%d deferral(s)%n", list.size());
            return 0;
        }
    }

    @Command(name = "supplement", description = "Record a supplemented material and re-check it.")
    static class Supplement implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "DEFERRAL_ID")
        String id;

        @Option(names = "--form", required = true, description = "ORIGINAL, COPY, ORIGINAL_AND_COPY, ELECTRONIC")
        Form form;

        @Option(names = "--copies", defaultValue = "1")
        int copies;

        @Option(names = "--actor", defaultValue = "${sys:user.name}", description = "who records it")
        String actor;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try (var context = Cli.springContext()) {
                DeferralService deferrals = context.getBean(DeferralService.class);
                Deferral d = deferrals.get(id);
                var result = deferrals.supplement(
                        id,
                        context.getBean(CheckService.class).requestOf(d.checkId()),
                        new CheckRequest.Material(null, d.material(), form, copies, null, null),
                        new Actor("cli:" + actor, null));
                var out = spec.commandLine().getOut();
                out.println(result.passed() ? "补交合格，已办结：" + d.material() : "补交材料仍不符合要求：");
                result.findings().forEach(f -> out.println("  " + f.message()));
                return result.passed() ? 0 : 1;
            } catch (DeferralService.DeferralConflictException | DeferralService.DeferralNotFoundException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return 2;
            }
        }
    }
}
