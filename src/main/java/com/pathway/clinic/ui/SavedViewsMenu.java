package com.pathway.clinic.ui;

import java.util.function.Consumer;
import java.util.function.Supplier;

import com.pathway.clinic.SavedView;
import com.pathway.clinic.SavedViewService;
import com.pathway.shared.ConflictException;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.NotFoundException;
import com.pathway.shared.ui.ButtonMenu;
import com.pathway.shared.ui.DialogKeys;
import com.pathway.shared.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * "My views" on the lead list: open one of my saved views, save the current filters and sort under
 * a name, rename or delete views. Errors from the service show on the name field. The menu reads the
 * views when it opens ({@link ButtonMenu}), so it always lists them as they are.
 */
public class SavedViewsMenu extends Button {

    private final SavedViewService views;
    private final Supplier<String> currentQuery;
    private final Consumer<String> open;
    private final ButtonMenu menu;

    public SavedViewsMenu(SavedViewService views, Supplier<String> currentQuery, Consumer<String> open) {
        this.views = views;
        this.currentQuery = currentQuery;
        this.open = open;
        setText("My views ▾");
        setIcon(VaadinIcon.BOOKMARK.create());
        setId("saved-views");
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        menu = new ButtonMenu(this, this::items);
    }

    ButtonMenu menu() {
        return menu;
    }

    /** My views, then saving the current one and managing them. */
    private void items(ButtonMenu items) {
        var mine = views.mine();
        for (SavedView view : mine) {
            items.addItem(view.name(), e -> open.accept(view.query())).setId("saved-view-" + view.id());
        }
        if (mine.isEmpty()) {
            items.addItem("No saved views yet").setEnabled(false);
        }
        items.addSeparator();
        items.addItem("Save current view…", e -> saveDialog().open()).setId("save-view");
        MenuItem manage = items.addItem("Manage views…", e -> manageDialog().open());
        manage.setId("manage-views");
        manage.setEnabled(!mine.isEmpty());
    }

    Dialog saveDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Save this view");
        TextField name = new TextField("Name");
        name.setId("saved-view-name");
        name.setMaxLength(SavedViewService.MAX_NAME);
        name.setWidthFull();
        Button save = new Button("Save", e -> {
            try {
                views.save(name.getValue(), currentQuery.get());
                dialog.close();
                Notifications.success("View \"" + name.getValue().strip() + "\" saved.");
            } catch (InvalidInputException ex) {
                showError(name, ex);
            }
        });
        save.setId("saved-view-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Span("The current filters and sort are saved for you only."), name);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        return DialogKeys.submitOnEnter(dialog, name, save);
    }

    Dialog manageDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("My views");
        dialog.setWidth("32rem");
        VerticalLayout rows = new VerticalLayout();
        rows.setPadding(false);
        for (SavedView view : views.mine()) {
            rows.add(row(view, dialog));
        }
        dialog.add(rows);
        Button close = new Button("Close", e -> dialog.close());
        dialog.getFooter().add(close);
        return DialogKeys.submitOnEnter(dialog, null, close);
    }

    private HorizontalLayout row(SavedView view, Dialog dialog) {
        TextField name = new TextField();
        name.setId("rename-" + view.id());
        name.setValue(view.name());
        name.setMaxLength(SavedViewService.MAX_NAME);
        name.setWidthFull();
        Button rename = new Button("Rename", e -> {
            try {
                views.rename(view.id(), name.getValue(), view.version());
                dialog.close();
                Notifications.success("View renamed.");
            } catch (InvalidInputException ex) {
                showError(name, ex);
            } catch (ConflictException | NotFoundException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        rename.setId("rename-button-" + view.id());
        Button delete = new Button(VaadinIcon.TRASH.create(), e -> {
            try {
                views.delete(view.id());
            } catch (NotFoundException ex) {
                Notifications.error(ex.getMessage());
            }
            dialog.close();
        });
        delete.setId("delete-view-" + view.id());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.setAriaLabel("Delete " + view.name());
        HorizontalLayout row = new HorizontalLayout(name, rename, delete);
        row.setWidthFull();
        return row;
    }

    private static void showError(TextField name, InvalidInputException ex) {
        name.setInvalid(true);
        name.setErrorMessage(String.join(" ", ex.fieldErrors().values()));
    }
}
