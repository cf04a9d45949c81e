package com.pathway.security.ui;

import java.time.Clock;
import java.util.List;

import com.pathway.security.ApiTokenService;
import com.pathway.security.ApiTokenSummary;
import com.pathway.security.CreatedApiToken;
import com.pathway.security.NewApiToken;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.NotFoundException;
import com.pathway.shared.ui.ClinicTime;
import com.pathway.shared.ui.DialogKeys;
import com.pathway.shared.ui.FieldErrors;
import com.pathway.shared.ui.Notifications;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

/**
 * The signed-in user's personal API tokens: create one (for a chosen time, optionally read-only; its
 * value is shown once, right away), list them page by page with expiry and access, revoke one after
 * confirmation.
 */
class ApiTokensPanel extends VerticalLayout {

    private static final List<Integer> LIFETIMES = List.of(7, 30, ApiTokenService.DEFAULT_DAYS, 180,
            ApiTokenService.MAX_DAYS);

    private final ApiTokenService tokens;
    private final ClinicTime time;
    private final TextField name = new TextField("Token name");
    private final Select<Integer> validDays = new Select<>();
    private final Checkbox readOnly = new Checkbox("Read-only (may only read: GET and HEAD)");
    private final Clock clock;
    private final Grid<ApiTokenSummary> grid = new Grid<>(ApiTokenSummary.class, false);

    ApiTokensPanel(ApiTokenService tokens, ClinicTime time, Clock clock) {
        this.tokens = tokens;
        this.time = time;
        this.clock = clock;
        addClassName("pathway-card");
        setPadding(false);

        Paragraph intro = ProfileView.hint("A token lets a script call Pathway's API as you (HTTP Basic: your user "
                + "name and the token). It can do what you can do, or only read if you make it read-only, until it expires"
                + " (" + ApiTokenService.DEFAULT_DAYS + " days unless you choose otherwise). At most "
                + ApiTokenService.MAX_ACTIVE_TOKENS + " active tokens; revoke the ones you no longer use.");

        name.setId("token-name");
        name.setPlaceholder("e.g. Nightly export script");
        name.setWidth("22rem");
        name.setMaxLength(80);
        validDays.setId("token-valid-days");
        validDays.setLabel("Expires after");
        validDays.setItems(LIFETIMES);
        validDays.setItemLabelGenerator(ApiTokensPanel::lifetime);
        validDays.setValue(ApiTokenService.DEFAULT_DAYS);
        readOnly.setId("token-read-only");
        FieldErrors errors = new FieldErrors().bind("name", name).bind("validDays", validDays);
        Button create = new Button("Create token", VaadinIcon.KEY.create(), e -> create(errors));
        create.setId("create-token");
        HorizontalLayout creator = new HorizontalLayout(name, validDays, readOnly, create);
        creator.setWrap(true);
        creator.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.setId("tokens-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(ApiTokenSummary::name).setHeader("Name").setKey("name").setSortProperty("name")
                .setFlexGrow(1);
        grid.addColumn(ApiTokenSummary::hint).setHeader("Token").setKey("hint").setWidth("9rem").setFlexGrow(0);
        grid.addColumn(t -> time.format(t.createdAt())).setHeader("Created").setKey("created")
                .setSortProperty("createdAt").setWidth("13rem").setFlexGrow(0);
        grid.addColumn(t -> time.format(t.lastUsedAt(), "Never")).setHeader("Last used").setKey("lastUsed")
                .setSortProperty("lastUsedAt").setWidth("13rem").setFlexGrow(0);
        grid.addColumn(t -> time.format(t.expiresAt())).setHeader("Expires").setKey("expires")
                .setSortProperty("expiresAt").setWidth("13rem").setFlexGrow(0);
        grid.addColumn(t -> t.readOnly() ? "Read-only" : "Read and write").setHeader("Access").setKey("access")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::status).setHeader("Status").setKey("status").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::revokeButton).setHeader("").setKey("actions").setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(query -> tokens.myTokens(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> Math.toIntExact(tokens.countMyTokens()));
        grid.setEmptyStateText("You have no API tokens yet.");
        grid.setHeight("18rem");
        grid.setWidthFull();

        add(intro, creator, grid);
    }

    private void create(FieldErrors errors) {
        errors.clear();
        CreatedApiToken created;
        try {
            created = tokens.create(new NewApiToken(name.getValue(), validDays.getValue(), readOnly.getValue()));
        } catch (InvalidInputException e) {
            errors.show(e);
            return;
        }
        name.clear();
        validDays.setValue(ApiTokenService.DEFAULT_DAYS);
        readOnly.clear();
        grid.getDataProvider().refreshAll();
        showOnce(created);
    }

    private void showOnce(CreatedApiToken created) {
        Dialog dialog = new Dialog();
        dialog.setId("token-created-dialog");
        dialog.setHeaderTitle("Token \u201c" + created.token().name() + "\u201d created");
        dialog.setWidth("34rem");
        Paragraph warning = new Paragraph("Copy the token now. This is the only time it is shown: Pathway keeps "
                + "only a fingerprint of it, so you won't see it again. If you lose it, revoke it and create a "
                + "new one.");
        warning.setId("token-warning");
        Div value = new Div(new Span(created.value()));
        value.setId("token-value");
        value.addClassName("pathway-secret");
        Button copy = new Button("Copy to clipboard", VaadinIcon.COPY.create());
        copy.setId("copy-token");
        copy.addClickListener(e -> copy.getUI().ifPresent(ui -> ui.getPage()
                .executeJs("return navigator.clipboard.writeText($0)", created.value())
                .then(ok -> Notifications.success("Token copied to the clipboard."),
                        failure -> Notifications.error("The browser did not allow copying. Select the token "
                                + "and copy it yourself."))));
        Button done = new Button("I have copied it", e -> dialog.close());
        done.setId("token-done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(warning, value);
        dialog.getFooter().add(copy, done);
        dialog.setCloseOnOutsideClick(false);
        DialogKeys.submitOnEnter(dialog, null, done);
        dialog.open();
    }

    private String status(ApiTokenSummary token) {
        if (!token.active()) {
            return "Revoked " + time.format(token.revokedAt());
        }
        return token.usableAt(clock.instant()) ? "Active" : "Expired";
    }

    private static String lifetime(Integer days) {
        return days == 365 ? "1 year" : days + " days";
    }

    private Component revokeButton(ApiTokenSummary token) {
        if (!token.active()) {
            return new Span();
        }
        Button revoke = new Button("Revoke", e -> confirmRevoke(token));
        revoke.setId("revoke-token-" + token.id());
        revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        return revoke;
    }

    private void confirmRevoke(ApiTokenSummary token) {
        ConfirmDialog dialog = new ConfirmDialog("Revoke \u201c" + token.name() + "\u201d?",
                "Scripts using this token will be refused from now on. This cannot be undone.", "Revoke",
                e -> revoke(token));
        dialog.setId("confirm-revoke");
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.open();
    }

    private void revoke(ApiTokenSummary token) {
        try {
            tokens.revoke(token.id());
            Notifications.success("Token \u201c" + token.name() + "\u201d revoked.");
        } catch (NotFoundException e) {
            Notifications.error(e.getMessage());
        }
        grid.getDataProvider().refreshAll();
    }
}
