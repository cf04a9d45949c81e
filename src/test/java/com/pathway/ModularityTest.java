package com.pathway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** Module boundaries: no cycles, no reaching into another module's internals, no Vaadin outside views. */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(PathwayApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void onlyViewsAndWebAdaptersUseVaadin() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.pathway");
        noClasses().that().resideOutsideOfPackages("..ui..", "..web..")
                .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
                .check(classes);
    }
}
