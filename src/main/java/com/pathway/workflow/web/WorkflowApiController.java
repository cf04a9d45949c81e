package com.pathway.workflow.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.pathway.workflow.DefinitionSummary;
import com.pathway.workflow.WorkflowAdminService;

/**
 * Workflow definitions for administrators: list, import YAML as a draft, export a version's YAML,
 * publish a version with a status mapping.
 */
@RestController
@RequestMapping("/api/v1/workflows")
public class WorkflowApiController {

    static final MediaType YAML = MediaType.parseMediaType("application/yaml");

    private final WorkflowAdminService admin;

    public WorkflowApiController(WorkflowAdminService admin) {
        this.admin = admin;
    }

    @GetMapping
    public List<DefinitionSummary> list() {
        return admin.definitions();
    }

    @PostMapping(consumes = {"application/yaml", "application/x-yaml", "text/yaml", "text/plain"})
    public ResponseEntity<DefinitionSummary> importDefinition(@RequestBody String yaml) {
        DefinitionSummary stored = admin.importDefinition(yaml);
        return ResponseEntity.created(URI.create("/api/v1/workflows/" + stored.name() + "/versions/" + stored.version()))
                .body(stored);
    }

    @GetMapping("/{name}/versions/{version}")
    public ResponseEntity<String> export(@PathVariable String name, @PathVariable int version) {
        return ResponseEntity.ok().contentType(YAML).body(admin.export(name, version));
    }

    /** Body of a publish request: for each removed status that holds items, the status they move to. */
    public record PublishBody(Map<String, String> mapping) {
    }

    @PostMapping("/{name}/versions/{version}/publish")
    public DefinitionSummary publish(@PathVariable String name, @PathVariable int version,
            @RequestBody(required = false) PublishBody body) {
        return admin.publish(name, version, body == null ? Map.of() : body.mapping());
    }
}
