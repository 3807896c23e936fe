package org.yici.engine;

import java.io.IOException;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.springframework.util.FileSystemUtils;

/**
 * The Spring test class gets a data folder of its own ({@code yici.data-dir}: the H2 database, the
 * stored files), made when its context starts and removed when the context closes — after the
 * database, which is closed first, so H2's lock watchdog (AUTO_SERVER) never writes into a folder
 * being removed. The context is closed after the class. A test reaches the folder with
 * {@code @Value("${yici.data-dir}") Path}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Documented
@DirtiesContext
public @interface OwnDataFolder {

    /** Registered in META-INF/spring.factories for every Spring test of this module. */
    class CustomizerFactory implements ContextCustomizerFactory {
        @Override
        public ContextCustomizer createContextCustomizer(
                Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
            return TestContextAnnotationUtils.hasAnnotation(testClass, OwnDataFolder.class)
                    ? new Customizer(testClass)
                    : null;
        }
    }

    /** One per test class, so no two classes share a cached context or a database. */
    record Customizer(Class<?> testClass) implements ContextCustomizer {
        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            Path folder;
            try {
                folder = Files.createTempDirectory("yici-" + testClass.getSimpleName() + "-");
            } catch (IOException e) {
                throw new IllegalStateException("no data folder for " + testClass.getName(), e);
            }
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource("own data folder", Map.of("yici.data-dir", folder.toString())));
            // Registered before any bean, so destroyed after all of them (reverse order).
            ((DefaultSingletonBeanRegistry) context.getBeanFactory())
                    .registerDisposableBean(
                            "ownDataFolder", (DisposableBean) () -> FileSystemUtils.deleteRecursively(folder));
        }
    }
}
