package org.yici.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** ARCHITECTURE §1: dependencies point one way; rules and pdf-ingest never see Spring or each other. */
class ModuleBoundariesTest {
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.yici");

    @Test
    void rulesDependOnNeitherSpringNorIngestNorEngine() {
        noClasses()
                .that()
                .resideInAPackage("org.yici.rules..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "org.yici.ingest..", "org.yici.engine..")
                .check(CLASSES);
    }

    @Test
    void ingestDependsOnNeitherSpringNorDroolsNorRulesNorEngine() {
        noClasses()
                .that()
                .resideInAPackage("org.yici.ingest..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..", "org.kie..", "org.drools..", "org.yici.rules..", "org.yici.engine..")
                .check(CLASSES);
    }
}
