package com.pathway.workflow.ui;

import java.util.List;
import java.util.function.Consumer;

import com.pathway.shared.ConflictException;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.ui.DialogKeys;
import com.pathway.workflow.DefinitionProblem;
import com.pathway.workflow.DefinitionSummary;
import com.pathway.workflow.WorkflowAdminService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * Pastes a definition as YAML and stores it as the next draft of its workflow. When the engine
 * refuses it, every problem is listed and the text stays as typed, to be corrected.
 */
class ImportYamlDialog extends Dialog {

    private final TextArea yaml = new TextArea("Definition (YAML)");
    private final Div problems = new Div();

    ImportYamlDialog(WorkflowAdminService admin, Consumer<DefinitionSummary> onImported) {
        setId("import-dialog");
        setHeaderTitle("Import a workflow definition");
        setWidth("min(48rem, 96vw)");
        yaml.setId("import-text");
        yaml.setWidthFull();
        yaml.setMinHeight("20rem");
        yaml.getStyle().set("font-family", "var(--lumo-font-family-mono, monospace)");
        problems.setId("import-problems");
        problems.getStyle().set("color", "var(--lumo-error-text-color)");
        add(yaml, problems);

        Button importButton = new Button("Import as draft", e -> {
            problems.removeAll();
            yaml.setInvalid(false);
            try {
                DefinitionSummary imported = admin.importDefinition(yaml.getValue());
                close();
                onImported.accept(imported);
            } catch (InvalidInputException ex) {
                String onText = ex.fieldErrors().get("yaml");
                yaml.setErrorMessage(onText != null ? onText : "The definition has problems; see below.");
                yaml.setInvalid(true);
                UnorderedList list = new UnorderedList();
                problems(ex).forEach(p -> list.add(new ListItem(describe(p))));
                problems.add(list);
            } catch (ConflictException ex) {
                yaml.setErrorMessage(ex.getMessage());
                yaml.setInvalid(true);
            }
        });
        importButton.setId("import-confirm");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), importButton);
        DialogKeys.submitOnEnter(this, yaml, importButton);
    }

    /** The engine reports problems keyed by where they are; duplicate places carry a {@code #n} suffix. */
    static List<DefinitionProblem> problems(InvalidInputException e) {
        return e.fieldErrors().entrySet().stream()
                .map(entry -> new DefinitionProblem(entry.getKey().replaceFirst("#\\d+$", ""), entry.getValue()))
                .toList();
    }

    static String describe(DefinitionProblem p) {
        return p.location() == null || p.location().isBlank() || "yaml".equals(p.location()) ? p.message()
                : p.location() + ": " + p.message();
    }
}
