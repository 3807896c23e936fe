package org.yici.engine.notice;

import java.util.Locale;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * The notice templates ({@code templates/notice/*.html}) with their words
 * ({@code org/yici/engine/notice/messages.properties}). A standalone engine, so the CLI renders
 * the same notice as the service without a Spring context.
 */
final class NoticeTemplates {
    static final String BUNDLE = "org.yici.engine.notice.messages";
    static final Locale LOCALE = Locale.SIMPLIFIED_CHINESE;

    private final SpringTemplateEngine engine = StandaloneTemplates.engine(BUNDLE);

    /** The notice as a complete XHTML document (well-formed, so the PDF renderer can read it). */
    String html(NoticeContent notice) {
        Context context = new Context(LOCALE);
        context.setVariable("n", notice);
        context.setVariable("font", NoticePdf.FONT_FAMILY);
        return engine.process(notice.type().template(), context);
    }
}
