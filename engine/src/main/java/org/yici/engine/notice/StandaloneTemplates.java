package org.yici.engine.notice;

import java.nio.charset.StandardCharsets;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * A Thymeleaf engine over {@code templates/*.html} on the class path with one message bundle,
 * standing alone (no web context), so the CLI prints the same documents as the service: notices
 * and pre-filled forms.
 */
public final class StandaloneTemplates {
    private StandaloneTemplates() {}

    /** @param bundle the message bundle's base name, e.g. {@code org.yici.engine.notice.messages} */
    public static SpringTemplateEngine engine(String bundle) {
        ClassLoaderTemplateResolver resolver =
                new ClassLoaderTemplateResolver(StandaloneTemplates.class.getClassLoader());
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages(bundle));
        return engine;
    }

    /** The bundle in UTF-8, never falling back to the JVM's locale. */
    public static ResourceBundleMessageSource messages(String bundle) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename(bundle);
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
