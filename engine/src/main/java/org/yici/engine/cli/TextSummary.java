package org.yici.engine.cli;

import java.util.ResourceBundle;
import org.yici.rules.check.CheckOutcome;
import org.yici.rules.check.Messages;

/** A check result as a clerk reads it at the terminal. */
final class TextSummary {
    private static final ResourceBundle LABELS =
            ResourceBundle.getBundle("org.yici.engine.cli.labels", java.util.Locale.ROOT);

    private TextSummary() {}

    static String of(CheckOutcome o) {
        StringBuilder out = new StringBuilder();
        line(out, "matter", o.matter() + " " + o.matterName());
        line(out, "decision", Messages.get("decision." + o.decision()) + " (" + o.decision() + ")");
        line(out, "rules", o.rulesVersion());
        if (!o.findings().isEmpty()) {
            out.append(String.format(
                            java.util.Locale.ROOT,
                            LABELS.getString("findings"),
                            o.findings().size()))
                    .append('\n');
            int n = 1;
            for (var f : o.findings()) {
                out.append(String.format(
                        java.util.Locale.ROOT,
                        "  %d. [%s] %s%n",
                        n++,
                        f.code(),
                        f.material() == null ? f.message() : f.material() + " " + f.message()));
                out.append("     ")
                        .append(LABELS.getString("basis"))
                        .append(f.basis())
                        .append('\n');
                out.append("     ")
                        .append(LABELS.getString("source"))
                        .append(f.source())
                        .append('\n');
            }
        }
        if (!o.waived().isEmpty()) {
            out.append(LABELS.getString("waived")).append('\n');
            o.waived().forEach(w -> out.append("  ")
                    .append(w.material())
                    .append(' ')
                    .append(w.name())
                    .append(" — ")
                    .append(Messages.get("waiver." + w.reason()))
                    .append("：")
                    .append(w.basis())
                    .append('\n'));
        }
        if (o.members() != null) {
            out.append(LABELS.getString("members")).append('\n');
            o.members().forEach(m -> out.append("  ")
                    .append(m.matter())
                    .append(' ')
                    .append(m.name())
                    .append("：")
                    .append(Messages.get("decision." + m.decision()))
                    .append('\n'));
        }
        out.append(LABELS.getString("checklist")).append('\n');
        o.checklist().forEach(i -> out.append("  ")
                .append(i.material())
                .append(' ')
                .append(i.name())
                .append("（")
                .append(Messages.get("form." + i.form()))
                .append(i.copies())
                .append("份）：")
                .append(Messages.get("status." + i.status()))
                .append('\n'));
        return out.toString();
    }

    private static void line(StringBuilder out, String label, String value) {
        out.append(LABELS.getString(label)).append(value).append('\n');
    }
}
