package org.yici.engine.form;

import java.time.Instant;
import java.util.Locale;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.yici.engine.notice.NoticePdf;
import org.yici.engine.notice.NoticeProperties;
import org.yici.engine.notice.StandaloneTemplates;

/**
 * A filled form as XHTML ({@code templates/form/application.html}, words in
 * {@code org/yici/engine/form/messages.properties}) and as PDF through the notices' renderer, so
 * it prints with the same embedded font. A standalone engine, as for notices, so the CLI needs no
 * web context.
 */
final class FormRenderer {
    static final String BUNDLE = "org.yici.engine.form.messages";
    static final Locale LOCALE = Locale.SIMPLIFIED_CHINESE;

    private final SpringTemplateEngine engine = StandaloneTemplates.engine(BUNDLE);
    private final NoticePdf pdf;

    FormRenderer(NoticeProperties properties) {
        this.pdf = new NoticePdf(properties);
    }

    /** The form as a complete, well-formed XHTML document. */
    String html(FilledForm form) {
        Context context = new Context(LOCALE);
        context.setVariable("f", form);
        context.setVariable("font", NoticePdf.FONT_FAMILY);
        return engine.process("form/application", context);
    }

    byte[] pdf(FilledForm form, Instant at) {
        String identity = "form|" + form.matter() + "|"
                + String.join(",", form.applicant().holders()) + "|" + at;
        return pdf.render(html(form), at, identity);
    }
}
