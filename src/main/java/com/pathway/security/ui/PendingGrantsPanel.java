package com.pathway.security.ui;

import java.util.List;
import java.util.stream.Collectors;

import com.pathway.security.PendingRoleGrant;
import com.pathway.security.Role;
import com.pathway.security.RoleGrantService;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.NotFoundException;
import com.pathway.shared.ui.ClinicTime;
import com.pathway.shared.ui.Notifications;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * Role grants waiting for a second administrator. Shown only while there are some. The requester sees
 * "Withdraw" instead of "Approve"; the service refuses an approval by the requester or by the user
 * concerned whatever the buttons show.
 */
class PendingGrantsPanel extends VerticalLayout {

    private final RoleGrantService grants;
    private final ClinicTime time;
    private final String me;
    private final Runnable changed;
    private final Grid<PendingRoleGrant> grid = new Grid<>(PendingRoleGrant.class, false);

    PendingGrantsPanel(RoleGrantService grants, ClinicTime time, String me, Runnable changed) {
        this.grants = grants;
        this.time = time;
        this.me = me;
        this.changed = changed;
        setId("pending-grants");
        addClassName("pathway-card");
        setPadding(false);

        grid.setId("pending-grants-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(g -> g.displayName() + " (" + g.username() + ")").setHeader("User").setFlexGrow(1);
        grid.addColumn(g -> g.roles().stream().map(Role::label).sorted().collect(Collectors.joining(", ")))
                .setHeader("Roles to grant").setFlexGrow(1);
        grid.addColumn(g -> g.requestedBy() + ", " + time.format(g.requestedAt())).setHeader("Asked by")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader("").setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);

        add(new H3("Role grants waiting for a second administrator"), new Paragraph("An administrator who also "
                + "reads patient data needs two administrators: one asks, another approves."), grid);
        refresh();
    }

    private Component actions(PendingRoleGrant grant) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        boolean mine = grant.requestedBy().equals(me);
        if (!mine && !grant.username().equals(me)) {
            actions.add(button("Approve", "approve-grant-" + grant.username(),
                    () -> grants.approve(grant.id()), "Granted to " + grant.username() + "."));
        }
        actions.add(button(mine ? "Withdraw" : "Decline", "decline-grant-" + grant.username(),
                () -> grants.decline(grant.id()), "Request for " + grant.username() + " declined."));
        return actions;
    }

    private Button button(String text, String id, Runnable action, String success) {
        Button button = new Button(text, e -> {
            try {
                action.run();
                Notifications.success(success);
            } catch (InvalidInputException | NotFoundException ex) {
                Notifications.error(ex.getMessage());
            }
            refresh();
            changed.run();
        });
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return button;
    }

    /** Shows the current pending grants; returns them so the caller can tell what just became pending. */
    List<PendingRoleGrant> refresh() {
        List<PendingRoleGrant> pending = grants.pendingGrants();
        grid.setItems(pending);
        setVisible(!pending.isEmpty());
        return pending;
    }
}
