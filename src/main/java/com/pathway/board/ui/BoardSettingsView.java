package com.pathway.board.ui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import com.pathway.board.BoardColumn;
import com.pathway.board.BoardConfig;
import com.pathway.board.BoardService;
import com.pathway.board.CardField;
import com.pathway.security.Role;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.ui.InlineAlert;
import com.pathway.shared.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

/**
 * Administrators edit the board: columns in order, the statuses each holds, WIP limits, and the card
 * fields. Saving checks the board against the published workflow; a board that leaves a status
 * unmapped or maps one twice is refused with every problem, and nothing is saved.
 */
@Route("admin/board")
@PageTitle("Board settings · Pathway")
@Menu(order = 107, icon = "vaadin:grid-big-o", title = "Board settings")
@RolesAllowed(Role.Names.ADMIN)
public class BoardSettingsView extends VerticalLayout {

    private final BoardService boards;
    private final String project;
    private final List<String> statuses;
    private final Div rows = new Div();
    private final List<ColumnRow> columns = new ArrayList<>();
    private final CheckboxGroup<CardField> cardFields = new CheckboxGroup<>("Cards show");
    private final InlineAlert problems = new InlineAlert();

    public BoardSettingsView(BoardService boards) {
        this.boards = boards;
        this.project = boards.projects().getFirst();
        addClassName("pathway-view");
        BoardService.EditorChoices choices = boards.editorChoices(project);
        this.statuses = choices.statuses();
        cardFields.setItems(choices.cardFields());
        cardFields.setItemLabelGenerator(CardField::label);
        cardFields.setId("board-card-fields");
        rows.setId("board-columns");
        problems.setId("board-problems");

        Button add = new Button("Add column", VaadinIcon.PLUS.create(), e -> {
            addRow(new BoardColumn("", List.of(), null, null));
        });
        add.setId("board-add-column");
        Button save = new Button("Save board", e -> save());
        save.setId("board-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button reset = new Button("Back to the default board", e -> confirmReset());
        reset.setId("board-reset");
        add(new H2("Board settings"),
                new Paragraph("Each status of the workflow belongs to exactly one column. A column outside its"
                        + " limits is marked on the board, with by how much."),
                rows, add, cardFields, problems, new HorizontalLayout(save, reset));
        show(boards.configuration(project));
    }

    private void show(BoardConfig board) {
        rows.removeAll();
        columns.clear();
        board.columns().forEach(this::addRow);
        List<String> shown = board.cardFields();
        cardFields.setValue(new LinkedHashSet<>(cardFields.getListDataView().getItems()
                .filter(f -> shown.contains(f.id())).toList()));
    }

    private void addRow(BoardColumn column) {
        ColumnRow row = new ColumnRow(column);
        columns.add(row);
        rows.add(row);
        renumber();
    }

    private void renumber() {
        for (int i = 0; i < columns.size(); i++) {
            columns.get(i).setId("board-column-" + i);
        }
    }

    private void move(ColumnRow row, int step) {
        int at = columns.indexOf(row);
        int to = at + step;
        if (to < 0 || to >= columns.size()) {
            return;
        }
        columns.remove(at);
        columns.add(to, row);
        rows.removeAll();
        columns.forEach(rows::add);
        renumber();
    }

    private void save() {
        problems.clear();
        BoardConfig board = new BoardConfig(project, columns.stream().map(ColumnRow::column).toList(),
                cardFields.getValue().stream().map(CardField::id)
                        .sorted(java.util.Comparator.comparingInt(id -> cardFields.getListDataView().getItems()
                                .map(CardField::id).toList().indexOf(id)))
                        .toList());
        try {
            show(boards.save(board));
            Notifications.success("The board was saved.");
        } catch (InvalidInputException e) {
            problems.show("The board was not saved.", List.copyOf(e.fieldErrors().values()));
        }
    }

    private void confirmReset() {
        Dialog confirm = new Dialog();
        confirm.setHeaderTitle("Go back to the default board?");
        confirm.add(new Paragraph("The columns, limits and card fields saved here are replaced by the default"
                + " board: a column per stage of the workflow, no limits, every card field."));
        Button yes = new Button("Use the default board", e -> {
            confirm.close();
            problems.clear();
            show(boards.reset(project));
            Notifications.success("The board is the default one again.");
        });
        yes.setId("board-reset-confirm");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.getFooter().add(new Button("Cancel", e -> confirm.close()), yes);
        confirm.open();
    }

    /** One column: name, statuses, limits, and buttons to reorder or remove it. */
    private final class ColumnRow extends HorizontalLayout {

        private final TextField name = new TextField("Column");
        private final MultiSelectComboBox<String> held = new MultiSelectComboBox<>("Statuses");
        private final IntegerField min = new IntegerField("WIP min");
        private final IntegerField max = new IntegerField("WIP max");

        ColumnRow(BoardColumn column) {
            addClassName("board-editor-column");
            setWrap(true);
            name.setValue(column.name() == null ? "" : column.name());
            held.setItems(statuses);
            held.setValue(new LinkedHashSet<>(column.statuses()));
            held.setWidth("28em");
            min.setValue(column.wipMin());
            max.setValue(column.wipMax());
            min.setWidth("7em");
            max.setWidth("7em");
            name.addClassName("board-column-name-field");
            held.addClassName("board-column-statuses");
            Button up = new Button(VaadinIcon.ARROW_UP.create(), e -> move(this, -1));
            up.setAriaLabel("Move column left");
            Button down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> move(this, 1));
            down.setAriaLabel("Move column right");
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                columns.remove(this);
                rows.remove(this);
                renumber();
            });
            remove.setAriaLabel("Remove column");
            remove.addClassName("board-column-remove");
            add(name, held, min, max, up, down, remove);
        }

        BoardColumn column() {
            List<String> inOrder = statuses.stream().filter(held.getValue()::contains).toList();
            return new BoardColumn(name.getValue(), inOrder, min.getValue(), max.getValue());
        }
    }
}
