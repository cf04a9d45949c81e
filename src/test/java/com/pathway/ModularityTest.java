package com.pathway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The module structure of DESIGN.md: modules use each other's public API only, without cycles, and
 * only user-interface code knows Vaadin. Also writes the module documentation to target/docs/modules
 * ({@code docs/update} copies it into docs/modules, so tests never change tracked files).
 */
class ModularityTest {

    static final Path DOCS = Path.of("target", "docs", "modules");
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
    void theWorkflowEnginePublishesWhatItAuditsInsteadOfCallingTheAuditModule() {
        noClasses().that().resideInAPackage("com.pathway.workflow..")
                .should().dependOnClassesThat().resideInAPackage("com.pathway.audit..")
                .because("the engine publishes WorkflowAuditEvents and the audit module records them, as it does"
                        + " the security module's events")
                .check(CLASSES);
    }

    @Test
    void modulesHaveNoCycles() {
        slices().matching("com.pathway.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void writesModuleDocumentation() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
                .writeDocumentation();
        sortRelationships();
    }

    /** The diagrams list relationships in no fixed order; sorted, the committed files only change with the code. */
    private static void sortRelationships() throws IOException {
        try (Stream<Path> files = Files.list(DOCS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
                List<String> lines = Files.readAllLines(file);
                List<String> sorted = new ArrayList<>();
                List<String> block = new ArrayList<>();
                for (String line : lines) {
                    if (line.startsWith("Rel(")) {
                        block.add(line);
                        continue;
                    }
                    block.sort(null);
                    sorted.addAll(block);
                    block.clear();
                    sorted.add(line);
                }
                block.sort(null);
                sorted.addAll(block);
                Files.write(file, sorted);
            }
        }
    }
}
