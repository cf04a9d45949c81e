package com.pathway.security.ui;

import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import com.pathway.security.CurrentUser;
import com.pathway.security.Role;
import com.pathway.security.RoleGrantService;
import com.pathway.security.TwoFactorService;
import com.pathway.security.UserService;
import com.pathway.security.UserSummary;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.NotFoundException;
import com.pathway.shared.ui.ClinicTime;
import com.pathway.shared.ui.Notifications;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

/**
 * Administrators manage users: find them, create them, change their name, e-mail and roles,
 * deactivate or reactivate them (users are never deleted), unlock them and reset their password.
 * Every rule is the service's; this view only shows its answers.
 */
@Route("admin/users")
@PageTitle("Users · Pathway")
@Menu(order = 100, icon = "vaadin:users", title = "Users")
@RolesAllowed(Role.Names.ADMIN)
public class UsersView extends VerticalLayout {

    private final UserService users;
    private final ClinicTime time;
    private final TextField filter = new TextField();
    private final Grid<UserSummary> grid = new Grid<>(UserSummary.class, false);
    private final String me;
    private final PendingGrantsPanel pendingGrants;
    private final TwoFactorService twoFactor;

    public UsersView(UserService users, RoleGrantService grants, TwoFactorService twoFactor, CurrentUser currentUser,
            ClinicTime time) {
        this.users = users;
        this.twoFactor = twoFactor;
        this.time = time;
        this.me = currentUser.usernameOrSystem();
        this.pendingGrants = new PendingGrantsPanel(grants, time, me, this::refresh);
        addClassName("pathway-view");
        setSizeFull();

        filter.setId("users-filter");
        filter.setPlaceholder("Find by user name, name or e-mail");
        filter.setAriaLabel("Find users by user name, name or e-mail");
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setWidth("22rem");
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        Button create = new Button("New user", VaadinIcon.PLUS.create(), e -> openCreate());
        create.setId("new-user");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        H2 title = new H2("Users");
        HorizontalLayout toolbar = new HorizontalLayout(title, filter, create);
        toolbar.addClassName("pathway-toolbar");
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.expand(title);

        configureGrid();
        add(toolbar, pendingGrants, grid);
        setFlexGrow(1, grid);
    }

    private void configureGrid() {
        grid.setId("users-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        var username = grid.addColumn(UserSummary::username).setHeader("User name").setKey("username")
                .setSortProperty("username").setWidth("10rem").setFlexGrow(0);
        grid.addColumn(UserSummary::displayName).setHeader("Name").setKey("name")
                .setSortProperty("displayName").setFlexGrow(1);
        grid.addColumn(u -> u.roles().stream().map(Role::label).sorted().collect(Collectors.joining(", ")))
                .setHeader("Roles").setKey("roles").setFlexGrow(1);
        grid.addComponentColumn(this::status).setHeader("Status").setKey("status").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(u -> time.format(u.lastLoginAt(), "Never")).setHeader("Last sign-in")
                .setKey("lastLogin").setSortProperty("lastLoginAt").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader("Actions").setKey("actions").setAutoWidth(true)
                .setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.setMultiSort(false);
        grid.sort(GridSortOrder.asc(username).build());
        grid.setItems(query -> users.findUsers(filter.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream(), query -> Math.toIntExact(users.countUsers(filter.getValue())));
        grid.setEmptyStateText("No user matches this search.");
    }

    private Component status(UserSummary user) {
        Span badge = new Span(statusText(user));
        badge.getElement().getThemeList().add("badge pill small");
        if (!user.active()) {
            badge.getElement().getThemeList().add("contrast");
        } else if (user.locked()) {
            badge.getElement().getThemeList().add("error");
        } else {
            badge.getElement().getThemeList().add("success");
        }
        return badge;
    }

    String statusText(UserSummary user) {
        if (!user.active()) {
            return "Deactivated";
        }
        if (user.locked()) {
            return "Locked until " + time.format(user.lockedUntil(), "further notice");
        }
        return "Active";
    }

    private Component actions(UserSummary user) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        actions.addClassName("pathway-row-actions");
        actions.add(action("Edit", "edit-" + user.username(), () -> openEdit(user)));
        actions.add(action("Reset password", "reset-" + user.username(),
                () -> new ResetPasswordDialog(users, user, () -> refresh()).open()));
        actions.add(action("Reset two-factor", "reset-2fa-" + user.username(), () -> confirmResetTwoFactor(user)));
        if (user.active() && user.locked()) {
            actions.add(action("Unlock", "unlock-" + user.username(), () -> unlock(user)));
        }
        if (user.active()) {
            actions.add(action("Deactivate", "deactivate-" + user.username(), () -> confirmDeactivate(user)));
        } else {
            actions.add(action("Reactivate", "reactivate-" + user.username(), () -> confirmReactivate(user)));
        }
        return actions;
    }

    private static Button action(String text, String id, Runnable onClick) {
        Button button = new Button(text, e -> onClick.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return button;
    }

    private void openCreate() {
        UserDialog.forNewUser(users, created -> {
            Notifications.success("User " + created.username() + " created." + awaiting(created));
            refresh();
        }).open();
    }

    private void openEdit(UserSummary user) {
        UserDialog.forExistingUser(users, user, user.username().equals(me), saved -> {
            Notifications.success("Changes to " + saved.username() + " saved." + awaiting(saved));
            refresh();
        }).open();
    }

    private void confirmDeactivate(UserSummary user) {
        ConfirmDialog dialog = new ConfirmDialog("Deactivate " + user.username() + "?",
                user.displayName() + " will no longer be able to sign in, and their API tokens stop working. "
                        + "Nothing they recorded is deleted; you can reactivate the account later.",
                "Deactivate", e -> run(() -> users.deactivate(user.id()), user.username() + " deactivated."));
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setId("confirm-deactivate");
        dialog.open();
    }

    private void confirmReactivate(UserSummary user) {
        ConfirmDialog dialog = new ConfirmDialog("Reactivate " + user.username() + "?",
                user.displayName() + " will be able to sign in again with their current password. "
                        + "API tokens revoked on deactivation stay revoked.",
                "Reactivate", e -> run(() -> users.reactivate(user.id()), user.username() + " reactivated."));
        dialog.setCancelable(true);
        dialog.setId("confirm-reactivate");
        dialog.open();
    }

    private void confirmResetTwoFactor(UserSummary user) {
        ConfirmDialog dialog = new ConfirmDialog("Reset two-factor sign-in of " + user.username() + "?",
                user.displayName() + "'s authenticator app and recovery codes stop working and their open sessions"
                        + " end. At their next sign-in they set up a new app (if their role requires one). Do this"
                        + " only after confirming who asks, for example in person.",
                "Reset two-factor", e -> run(() -> twoFactor.reset(user.id()),
                        "Two-factor sign-in of " + user.username() + " reset."));
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setId("confirm-reset-2fa");
        dialog.open();
    }

    private void unlock(UserSummary user) {
        run(() -> users.unlock(user.id()), user.username() + " unlocked; they can sign in again.");
    }

    private void run(Runnable change, String success) {
        try {
            change.run();
            Notifications.success(success);
        } catch (InvalidInputException | NotFoundException e) {
            Notifications.error(e.getMessage());
        }
        refresh();
    }

    /** What of the change waits for a second administrator, as a sentence (or nothing). */
    private String awaiting(UserSummary user) {
        String roles = pendingGrants.refresh().stream().filter(g -> g.userId() == user.id())
                .filter(g -> g.requestedBy().equals(me))
                .flatMap(g -> g.roles().stream()).map(Role::label).distinct().sorted()
                .collect(Collectors.joining(", "));
        return roles.isEmpty() ? "" : " " + roles + " waits for another administrator's approval.";
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        pendingGrants.refresh();
    }
}
