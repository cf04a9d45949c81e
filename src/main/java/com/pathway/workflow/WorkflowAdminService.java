package com.pathway.workflow;

import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import com.pathway.workflow.internal.DefinitionAdmin;

/** Workflow definitions for administrators: import YAML as a draft, export, publish with a status mapping. */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class WorkflowAdminService {

    private final DefinitionAdmin admin;

    public WorkflowAdminService(DefinitionAdmin admin) {
        this.admin = admin;
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
}
