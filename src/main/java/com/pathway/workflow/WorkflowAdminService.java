package com.pathway.workflow;

import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import com.pathway.security.Access;
import com.pathway.workflow.internal.DefinitionAdmin;
import com.pathway.workflow.internal.DefinitionChecker;
import com.pathway.workflow.internal.DefinitionYaml;
import com.pathway.workflow.internal.ItemFields;
import com.pathway.workflow.internal.RuleRegistry;

/** Workflow definitions for administrators: import YAML as a draft, export, publish with a status mapping. */
@Service
@PreAuthorize(Access.ADMIN)
public class WorkflowAdminService {

    private final DefinitionAdmin admin;
    private final DefinitionChecker checker;
    private final RuleRegistry rules;
    private final ItemFields fields;

    public WorkflowAdminService(DefinitionAdmin admin, DefinitionChecker checker, RuleRegistry rules,
            ItemFields fields) {
        this.admin = admin;
        this.checker = checker;
        this.rules = rules;
        this.fields = fields;
    }

    /** Checks the YAML and stores it as the next draft version; an unsound definition is refused with every problem. */
    public DefinitionSummary importDefinition(String yaml) {
        return admin.importYaml(yaml);
    }

    public List<DefinitionSummary> definitions() {
        return admin.list();
    }

    /** The YAML of a stored version, exactly as imported. */
    public String export(String name, int version) {
        return admin.export(name, version);
    }

    /**
     * Publishes a draft; items move to it. {@code statusMapping} maps each removed status that holds
     * items to a status of the new version.
     */
    public DefinitionSummary publish(String name, int version, Map<String, String> statusMapping) {
        return admin.publish(name, version, statusMapping);
    }

    /**
     * Every registered condition, validator and post-function with its name, description and
     * parameters, by kind and then name.
     */
    public List<RegisteredRule> rules() {
        java.util.stream.Stream<RegisteredRule> all = java.util.stream.Stream.of(
                rules.conditions().stream().map(r -> RegisteredRule.of(r, RegisteredRule.Kind.CONDITION)),
                rules.validators().stream().map(r -> RegisteredRule.of(r, RegisteredRule.Kind.VALIDATOR)),
                rules.postFunctions().stream().map(r -> RegisteredRule.of(r, RegisteredRule.Kind.POST_FUNCTION)))
                .flatMap(s -> s);
        return all.sorted(java.util.Comparator.comparing(RegisteredRule::kind)
                .thenComparing(RegisteredRule::label, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** The item fields a rule's parameter may name: the engine's own and every plugin's, sorted. */
    public List<String> fields() {
        return List.copyOf(fields.fieldNames());
    }

    /** Every problem the checker finds in a definition, without storing anything; empty when it is sound. */
    public List<DefinitionProblem> check(WorkflowDefinition definition) {
        return checker.check(definition).stream().map(p -> new DefinitionProblem(p.location(), p.message())).toList();
    }

    /** Reads a definition from YAML; YAML that cannot be read is bad input on the field {@code yaml}. */
    public WorkflowDefinition parse(String yaml) {
        return DefinitionYaml.parse(yaml);
    }

    /** Writes a definition as YAML, in the form {@link #importDefinition(String)} reads. */
    public String toYaml(WorkflowDefinition definition) {
        return DefinitionYaml.write(definition);
    }
}
