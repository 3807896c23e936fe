package org.yici.engine.notice;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The notice templates ({@code templates/notice/*.html}) with their words
 * ({@code org/yici/engine/notice/messages.properties}). A standalone engine, so the CLI renders
 * the same notice as the service without a Spring context.
 */
final class NoticeTemplates {
    static final String BUNDLE = "org.yici.engine.notice.messages";
    static final Locale LOCALE = Locale.SIMPLIFIED_CHINESE;

    private final SpringTemplateEngine engine = new SpringTemplateEngine();

    NoticeTemplates() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(NoticeTemplates.class.getClassLoader());
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages());
    }

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename(BUNDLE);
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    /** The notice as a complete XHTML document (well-formed, so the PDF renderer can read it). */
    String html(NoticeContent notice) {
        Context context = new Context(LOCALE);
        context.setVariable("n", notice);
        context.setVariable("font", NoticePdf.FONT_FAMILY);
        return engine.process(notice.type().template(), context);
    }
}
