package com.pathway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The module structure of DESIGN.md: modules use each other's public API only, without cycles, and
 * only user-interface code knows Vaadin. Also writes the module documentation to docs/modules.
 */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(PathwayApplication.class);
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.pathway");

    @Test
    void modulesOnlyUseEachOthersPublicApiAndFormNoCycles() {
        MODULES.verify();
    }

    @Test
    void domainAndServiceCodeDoesNotKnowVaadin() {
        noClasses().that().resideOutsideOfPackages("com.pathway.ui..", "..ui..", "..web..")
                .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
                .because("views are thin and rules live in services and the domain (DESIGN.md); only views "
                        + "(ui packages) and the HTTP wiring (web packages) may use Vaadin")
                .check(CLASSES);
    }

    @Test
    void servicesDoNotDependOnViewsOrHttpWiring() {
        noClasses().that().resideOutsideOfPackages("..ui..", "..web..")
                .should().dependOnClassesThat().resideInAnyPackage("com.pathway..ui..", "com.pathway..web..")
                .because("views and controllers call services, never the other way round")
                .check(CLASSES);
    }

    @Test
    void modulesHaveNoCycles() {
        slices().matching("com.pathway.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeDocumentation();
    }
}
