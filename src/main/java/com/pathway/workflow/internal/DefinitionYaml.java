package com.pathway.workflow.internal;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

import com.pathway.shared.InvalidInputException;
import com.pathway.workflow.WorkflowDefinition;

/** Reads and writes workflow definitions as YAML. Unknown keys are errors, so typos do not pass silently. */
public final class DefinitionYaml {

    public static final int MAX_LENGTH = 262_144;

    private static final YAMLMapper MAPPER = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .build();

    private DefinitionYaml() {
    }

    /** Parses a definition; a YAML that cannot be read is bad input on the field {@code yaml}. */
    public static WorkflowDefinition parse(String yaml) {
        if (yaml == null || yaml.isBlank()) {
            throw InvalidInputException.of("yaml", "The definition is empty.");
        }
        if (yaml.length() > MAX_LENGTH) {
            throw InvalidInputException.of("yaml", "The definition is longer than " + MAX_LENGTH + " characters.");
        }
        try {
            WorkflowDefinition definition = MAPPER.readValue(yaml, WorkflowDefinition.class);
            if (definition == null) {
                throw InvalidInputException.of("yaml", "The definition is empty.");
            }
            return definition;
        } catch (JacksonException e) {
            throw InvalidInputException.of("yaml", "The definition is not valid YAML for a workflow: "
                    + e.getOriginalMessage() + location(e));
        }
    }

    public static String write(WorkflowDefinition definition) {
        return MAPPER.writeValueAsString(definition);
    }

    private static String location(JacksonException e) {
        var where = e.getLocation();
        return where == null || where.getLineNr() < 1 ? "" : " (line " + where.getLineNr() + ")";
    }
}
