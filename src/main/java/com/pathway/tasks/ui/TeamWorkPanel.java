package com.pathway.tasks.ui;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.data.domain.PageRequest;

import com.pathway.security.StaffMember;
import com.pathway.shared.ConflictException;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.NotFoundException;
import com.pathway.shared.ui.Notifications;
import com.pathway.tasks.BusinessHours;
import com.pathway.tasks.DueFilter;
import com.pathway.tasks.TaskService;
import com.pathway.tasks.TaskView;
import com.pathway.shared.ui.ComboBoxes;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;

/**
 * Everyone's open tasks for managers, paged in the database, filtered by person and due time; tasks
 * chosen in the grid are reassigned together after a confirmation that lists every change.
 */
public class TeamWorkPanel extends Div {

    /** The filter entry for tasks nobody holds. */
    private static final StaffMember NOBODY = new StaffMember("", "Unassigned", Set.of(), true);

    private final TaskService tasks;
    private final Grid<TaskView> grid = new Grid<>();
    private final ComboBox<StaffMember> person = new ComboBox<>("Person");
    private final Select<DueFilter> due = new Select<>();
    private final ComboBox<StaffMember> target = new ComboBox<>("Reassign to");
    private final Button reassign = new Button("Reassign selected…");
    private final List<StaffMember> staff;

    public TeamWorkPanel(TaskService tasks, BusinessHours hours, Clock clock) {
        this.tasks = tasks;
        this.staff = tasks.assignees();
        setId("team-work");
        addClassName("team-work");
        List<StaffMember> people = new ArrayList<>(staff);
        people.add(NOBODY);
        person.setId("team-person");
        person.setItems(people);
        ComboBoxes.pickFirstMatchOnEnter(person);
        person.setItemLabelGenerator(StaffMember::displayName);
        person.setClearButtonVisible(true);
        person.setPlaceholder("Everyone");
        due.setLabel("Due");
        due.setId("team-due");
        due.setItems(DueFilter.values());
        due.setItemLabelGenerator(d -> switch (d) {
            case OVERDUE -> "Overdue";
            case TODAY -> "Due today";
            case UPCOMING -> "Later";
            case ALL -> "Any time";
        });
        due.setValue(DueFilter.ALL);
        target.setId("team-target");
        target.setItems(people);
        ComboBoxes.pickFirstMatchOnEnter(target);
        target.setItemLabelGenerator(StaffMember::displayName);
        reassign.setId("team-reassign");
        reassign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reassign.setEnabled(false);
        reassign.addClickListener(e -> confirm());

        grid.setId("team-grid");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addComponentColumn(t -> new Anchor("leads/" + t.leadKey(), t.leadKey())).setHeader("Lead").setAutoWidth(true);
        grid.addColumn(TaskView::title).setHeader("Task").setWidth("16rem").setFlexGrow(3)
                .setTooltipGenerator(TaskView::title);
        grid.addColumn(t -> t.type().label()).setHeader("Type").setWidth("8rem").setFlexGrow(0);
        grid.addColumn(t -> TaskWords.due(t.dueAt(), clock.instant(), hours.zone())).setHeader("Due")
                .setWidth("13rem").setFlexGrow(0);
        grid.addColumn(t -> t.assignee() == null ? "Unassigned" : name(t.assignee())).setHeader("Assignee")
                .setWidth("10rem").setFlexGrow(1);
        grid.setItems(query -> tasks.team(filterPerson(), due.getValue(),
                PageRequest.of(query.getPage(), query.getPageSize())).getContent().stream(),
                query -> (int) Math.min(Integer.MAX_VALUE,
                        tasks.team(filterPerson(), due.getValue(), PageRequest.of(0, 1)).getTotalElements()));
        grid.setAllRowsVisible(false);
        grid.setHeight("360px");
        grid.addSelectionListener(e -> reassign.setEnabled(!e.getAllSelectedItems().isEmpty()));
        person.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        due.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        HorizontalLayout filters = new HorizontalLayout(person, due, target, reassign);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(filters, grid);
    }

    private String filterPerson() {
        return person.getValue() == null ? null : person.getValue().username();
    }

    private String name(String username) {
        return staff.stream().filter(m -> m.username().equals(username)).map(StaffMember::displayName).findFirst()
                .orElse(username);
    }

    /** Lists what changes, then reassigns on confirmation; nothing changes before. */
    private void confirm() {
        Set<TaskView> chosen = grid.getSelectedItems();
        if (target.getValue() == null) {
            target.setInvalid(true);
            target.setErrorMessage("Choose who gets the tasks (or Unassigned).");
            return;
        }
        target.setInvalid(false);
        String to = target.getValue().username();
        UnorderedList changes = new UnorderedList();
        changes.setId("reassign-changes");
        chosen.stream().filter(t -> !Objects.equals(t.assignee() == null ? "" : t.assignee(), to))
                .forEach(t -> changes.add(new ListItem(t.leadKey() + " · " + t.title() + ": "
                        + (t.assignee() == null ? "Unassigned" : name(t.assignee())) + " → "
                        + target.getValue().displayName())));
        if (changes.getChildren().findAny().isEmpty()) {
            Notifications.error("The chosen tasks are already assigned that way.");
            return;
        }
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("reassign-confirm");
        dialog.setHeader("Reassign " + changes.getChildren().count() + " task"
                + (changes.getChildren().count() == 1 ? "" : "s") + "?");
        dialog.add(new Paragraph("These tasks change:"), changes);
        dialog.setCancelable(true);
        dialog.setConfirmText("Reassign");
        dialog.addConfirmListener(e -> {
            try {
                tasks.reassign(chosen.stream().map(TaskView::id).toList(), to);
                Notifications.success("Tasks reassigned.");
            } catch (InvalidInputException | ConflictException | NotFoundException error) {
                Notifications.error(error.getMessage());
            }
            grid.deselectAll();
            grid.getDataProvider().refreshAll();
        });
        dialog.open();
    }
}
