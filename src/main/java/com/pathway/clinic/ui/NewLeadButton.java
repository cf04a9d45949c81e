package com.pathway.clinic.ui;

import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;

/** The lead list's "New lead" button, shown only to those who may open {@link NewLeadView}. */
final class NewLeadButton {

    private NewLeadButton() {
    }

    static Optional<Button> forCurrentUser() {
        if (!new AccessAnnotationChecker().hasAccess(NewLeadView.class)) {
            return Optional.empty();
        }
        Button button = new Button("New lead", VaadinIcon.PLUS.create(),
                e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(NewLeadView.class)));
        button.setId("new-lead");
        button.addClassName("new-lead-button");
        // Beside the heading, not spread between it and the filters.
        button.getStyle().set("margin-inline-end", "auto");
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return Optional.of(button);
    }
}
