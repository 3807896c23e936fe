package org.yici.ingest;

import java.text.MessageFormat;
import java.util.Locale;

/** Plain-text rendering of an ingested document for the CLI ({@code yici ingest FILE}). */
public final class IngestReport {
    private IngestReport() {}

    /**
     * A header line, then per page a line with number, source, character count and confidence,
     * followed by the page text. Labels come from the message bundle (Chinese).
     */
    public static String format(IngestedDocument document) {
        StringBuilder out = new StringBuilder();
        out.append(message(
                        "report.header",
                        document.declaredName(),
                        document.type().mediaType(),
                        Integer.toString(document.pages().size()),
                        Long.toString(document.timings().totalMillis())))
                .append('\n');
        for (IngestedPage page : document.pages()) {
            String source = Messages.get("report.source." + page.source().name());
            out.append('\n')
                    .append(message(
                            "report.page",
                            Integer.toString(page.number()),
                            source,
                            Integer.toString(page.charCount()),
                            String.format(Locale.ROOT, "%.2f", page.meanConfidence())))
                    .append('\n')
                    .append(page.text())
                    .append('\n');
        }
        return out.toString();
    }

    private static String message(String key, String... args) {
        return new MessageFormat(Messages.get(key), Locale.ROOT).format(args);
    }
}
