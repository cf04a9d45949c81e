package com.pathway.workflow.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.pathway.workflow.DefinitionState;
import com.pathway.workflow.DefinitionSummary;
import com.pathway.workflow.WorkflowDefinition;
import com.pathway.workflow.WorkflowPlugin;

/**
 * At start-up, gives every plugin its project and, when its workflow has no published version yet,
 * imports and publishes the plugin's default definition.
 */
@Component
public class PluginBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PluginBootstrap.class);

    private final List<WorkflowPlugin> plugins;
    private final ProjectRepository projects;
    private final StoredDefinitionRepository definitions;
    private final DefinitionAdmin admin;
    private final DefinitionChecker checker;
    private final Clock clock;

    public PluginBootstrap(List<WorkflowPlugin> plugins, ProjectRepository projects,
            StoredDefinitionRepository definitions, DefinitionAdmin admin, DefinitionChecker checker, Clock clock) {
        this.plugins = plugins;
        this.projects = projects;
        this.definitions = definitions;
        this.admin = admin;
        this.checker = checker;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        plugins.forEach(this::install);
    }

    void install(WorkflowPlugin plugin) {
        String yaml = read(plugin.definitionResource());
        WorkflowDefinition definition = DefinitionYaml.parse(yaml);
        String name = definition.name();
        if (definitions.findFirstByNameAndState(name, DefinitionState.PUBLISHED).isEmpty()) {
            DefinitionSummary draft = admin.importYaml(yaml);
            admin.publish(name, draft.version(), Map.of());
            log.info("Published workflow {} version {} from {}", name, draft.version(), plugin.definitionResource());
        } else {
            addMissingProperties(plugin, definition);
        }
        if (projects.findByKey(plugin.projectKey()).isEmpty()) {
            if (!plugin.projectKey().matches("[A-Z]{2,10}")) {
                throw new IllegalStateException("Project key " + plugin.projectKey() + " must be 2 to 10 capital letters");
            }
            projects.save(new Project(plugin.projectKey(), plugin.projectName(), name, clock.instant()));
            log.info("Created project {} ({})", plugin.projectKey(), plugin.projectName());
        }
    }

    /**
     * A workflow published before its plugin required properties (or before it required these) lacks
     * them, and the plugin would misread it. Publishes a new version that takes each missing property
     * from the same-named status, transition or resolution of the plugin's default definition; what
     * an administrator wrote is kept. When that is not enough (renamed or added statuses), logs what
     * an administrator must add and leaves the workflow as it is.
     */
    void addMissingProperties(WorkflowPlugin plugin, WorkflowDefinition defaults) {
        if (plugin.requiredProperties().isEmpty()) {
            return;
        }
        String name = defaults.name();
        StoredDefinition published = definitions.findFirstByNameAndState(name, DefinitionState.PUBLISHED).orElseThrow();
        WorkflowDefinition current = DefinitionYaml.parse(published.getSource());
        if (lacking(current, plugin).isEmpty()) {
            return;
        }
        WorkflowDefinition completed = MissingProperties.takenFrom(current, defaults);
        List<DefinitionChecker.Problem> problems = checker.check(completed);
        if (!problems.isEmpty()) {
            log.error("Workflow {} version {} lacks properties {} needs, and the default definition cannot supply"
                    + " them all; an administrator must add them: {}", name, published.getVersion(),
                    plugin.projectName(), problems);
            return;
        }
        DefinitionSummary draft = admin.importYaml("# Version " + published.getVersion()
                + " with the properties its plugin requires, taken from " + plugin.definitionResource() + ".\n"
                + DefinitionYaml.write(completed));
        admin.publish(name, draft.version(), Map.of());
        log.info("Published workflow {} version {}: version {} with the properties it lacked", name, draft.version(),
                published.getVersion());
    }

    private static List<DefinitionChecker.Problem> lacking(WorkflowDefinition d, WorkflowPlugin plugin) {
        List<DefinitionChecker.Problem> problems = new java.util.ArrayList<>();
        PropertyCheck.check(d, plugin.requiredProperties(), problems);
        return problems;
    }

    private static String read(String location) {
        try (InputStream in = new ClassPathResource(location).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read workflow definition " + location, e);
        }
    }
}
