package org.yici.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** pdf-ingest must not see Spring, Drools or the rule base (ARCHITECTURE.md §1). */
class ModuleBoundaryTest {
    @Test
    void hasNeitherSpringNorDroolsNorTheRuleBaseOnItsClasspath() {
        ClassLoader loader = Ingestor.class.getClassLoader();
        for (String pkg : List.of("org/springframework/", "org/kie/api/", "org/drools/", "org/yici/rules/")) {
            assertThat(loader.getResource(pkg)).as(pkg).isNull();
        }
    }
}
