package com.pathway.workflow.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.pathway.shared.ConflictException;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.ui.DialogKeys;
import com.pathway.shared.ui.FieldErrors;
import com.pathway.shared.ui.Notifications;
import com.pathway.workflow.DefinitionSummary;
import com.pathway.workflow.WorkflowAdminService;
import com.pathway.workflow.WorkflowDefinition;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;

/**
 * Asks where the items in each status the new version removes should go, then publishes with that
 * mapping. The statuses come from the engine's answer, so only those that hold items are asked for.
 */
class PublishDialog extends Dialog {

    private final Map<String, Select<String>> targets = new LinkedHashMap<>();
    private final FieldErrors errors = new FieldErrors();

    PublishDialog(WorkflowAdminService admin, DefinitionSummary draft, List<WorkflowDefinition.Status> statuses,
            InvalidInputException refusal, Consumer<DefinitionSummary> onPublished) {
        setId("publish-dialog");
        setHeaderTitle("Publish " + draft.name() + " version " + draft.version());
        FormLayout form = new FormLayout();
        List<String> names = statuses.stream().map(WorkflowDefinition.Status::name).toList();
        refusal.fieldErrors().forEach((key, message) -> {
            String removed = key.substring("mapping.".length());
            Select<String> target = new Select<>();
            target.setId("map-" + removed.replaceAll("[^A-Za-z0-9]+", "-"));
            target.setLabel("Items in " + removed + " move to");
            target.setHelperText(message);
            target.setItems(names);
            targets.put(removed, target);
            errors.bind(key, target);
            form.add(target);
        });
        add(new Paragraph("This version removes statuses that still hold items. Choose where those items go."),
                form);
        Button confirm = new Button("Publish", e -> {
            Map<String, String> mapping = new LinkedHashMap<>();
            targets.forEach((status, select) -> {
                if (select.getValue() != null) {
                    mapping.put(status, select.getValue());
                }
            });
            errors.clear();
            try {
                DefinitionSummary published = admin.publish(draft.name(), draft.version(), mapping);
                close();
                onPublished.accept(published);
            } catch (InvalidInputException ex) {
                errors.show(ex);
            } catch (ConflictException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        confirm.setId("publish-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), confirm);
        DialogKeys.submitOnEnter(this, targets.values().stream().findFirst().orElse(null), confirm);
    }
}
