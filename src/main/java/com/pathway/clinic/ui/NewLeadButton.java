package com.pathway.clinic.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;

/** The lead list's "New lead" button, for those who may create leads ({@code LeadPermissions#mayCreate}). */
final class NewLeadButton {

    private NewLeadButton() {
    }

    static Button create() {
        Button button = new Button("New lead", VaadinIcon.PLUS.create(),
                e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(NewLeadView.class)));
        button.setId("new-lead");
        button.addClassName("new-lead-button");
        // Beside the heading, not spread between it and the filters.
        button.getStyle().set("margin-inline-end", "auto");
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }
}
