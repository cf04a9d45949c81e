package com.pathway.clinic.screening.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import com.pathway.clinic.outcomes.Band;
import com.pathway.clinic.outcomes.Instrument;
import com.pathway.clinic.outcomes.OutcomeBandService;
import com.pathway.clinic.screening.ChecklistItem;
import com.pathway.clinic.screening.ChecklistItemEdit;
import com.pathway.clinic.screening.ItemKind;
import com.pathway.clinic.screening.ScreeningChecklistService;
import com.pathway.security.Role;
import com.pathway.shared.ConflictException;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.NotFoundException;
import com.pathway.shared.ui.FieldErrors;
import com.pathway.shared.ui.InlineAlert;
import com.pathway.shared.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

/**
 * Administrators keep the clinic's clinical forms: the screening checklist (reword, add, retire items; mark
 * which are contraindications) and the severity bands of the outcome measures. Both are the clinic's own
 * configuration, with shipped defaults; the page says so. Changes apply to screenings and measures started
 * after them.
 */
@StyleSheet("context://styles/clinical.css")
@Route("admin/clinical-forms")
@PageTitle("Clinical forms · Pathway")
@Menu(order = 108.5, icon = "vaadin:clipboard-check", title = "Clinical forms")
@RolesAllowed(Role.Names.ADMIN)
public class ClinicalFormsView extends VerticalLayout {

    private final ScreeningChecklistService checklist;
    private final OutcomeBandService bands;
    private final Grid<ChecklistItem> items = new Grid<>();
    private final TextField label = new TextField("Item");
    private final Select<ItemKind> kind = new Select<>();
    private final Checkbox contraindication = new Checkbox("Contraindication (a yes refuses approval for treatment)");
    private final Checkbox active = new Checkbox("Asked on new screenings");
    private final FieldErrors errors = new FieldErrors();
    private final InlineAlert itemRefusal = new InlineAlert();
    private ChecklistItem editing;

    public ClinicalFormsView(ScreeningChecklistService checklist, OutcomeBandService bands) {
        this.checklist = checklist;
        this.bands = bands;
        addClassName("pathway-view");
        items.setId("checklist-items");
        items.addThemeVariants(GridVariant.LUMO_COMPACT);
        items.addColumn(ChecklistItem::label).setHeader("Item").setFlexGrow(4);
        items.addColumn(i -> i.kind() == ItemKind.YES_NO ? "Yes / no" : "Text").setHeader("Answer").setAutoWidth(true);
        items.addColumn(i -> i.contraindication() ? "Yes" : "").setHeader("Contraindication").setAutoWidth(true);
        items.addColumn(i -> i.example() ? "Example" : "Clinic's own").setHeader("Source").setAutoWidth(true);
        items.addColumn(i -> i.active() ? "Asked" : "Retired").setHeader("State").setAutoWidth(true);
        items.setAllRowsVisible(true);
        items.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));
        label.setId("checklist-label");
        label.setWidthFull();
        label.setMaxLength(ScreeningChecklistService.MAX_LABEL);
        kind.setId("checklist-kind");
        kind.setLabel("Answered");
        kind.setItems(ItemKind.values());
        kind.setItemLabelGenerator(k -> k == ItemKind.YES_NO ? "Yes or no, with a note" : "Text");
        contraindication.setId("checklist-contraindication");
        active.setId("checklist-active");
        errors.bind("label", label).bind("kind", kind);
        itemRefusal.setId("checklist-refusal");
        Button save = new Button("Save item", e -> save());
        save.setId("checklist-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button fresh = new Button("New item", e -> items.asSingleSelect().clear());
        fresh.setId("checklist-new");
        add(new H2("Clinical forms"),
                new Paragraph("These are the clinic's own lists, not clinical advice: the shipped items are examples"
                        + " for the clinic's medical director to review. Changes apply to screenings started afterwards;"
                        + " signed screenings keep the wording they asked."),
                new H3("Screening checklist"), items,
                new HorizontalLayout(label, kind), new HorizontalLayout(contraindication, active),
                new HorizontalLayout(save, fresh), itemRefusal,
                new H3("Severity bands of the outcome measures"),
                new Paragraph("One band a line: the score it starts at, then its name (\u201C10 Moderate\u201D)."
                        + " The first band starts at 0; leave a questionnaire empty to show totals without bands."));
        bands.all().forEach((instrument, list) -> add(bandEditor(instrument, list)));
        refresh();
        edit(null);
    }

    private void refresh() {
        items.setItems(checklist.items());
    }

    private void edit(ChecklistItem item) {
        editing = item;
        errors.clear();
        itemRefusal.clear();
        label.setValue(item == null ? "" : item.label());
        kind.setValue(item == null ? ItemKind.YES_NO : item.kind());
        contraindication.setValue(item != null && item.contraindication());
        active.setValue(item == null || item.active());
    }

    private void save() {
        errors.clear();
        itemRefusal.clear();
        ChecklistItemEdit edit = new ChecklistItemEdit(label.getValue(), kind.getValue(), contraindication.getValue(),
                active.getValue(), editing == null ? null : editing.version());
        try {
            ChecklistItem saved = editing == null ? checklist.add(edit) : checklist.change(editing.id(), edit);
            Notifications.success("Checklist item saved.");
            refresh();
            items.asSingleSelect().setValue(saved);
        } catch (InvalidInputException e) {
            errors.show(e, rest -> itemRefusal.show("The item was not saved.", rest));
        } catch (ConflictException | NotFoundException e) {
            itemRefusal.show(e.getMessage());
        }
    }

    private Div bandEditor(Instrument instrument, List<Band> current) {
        TextArea text = new TextArea(instrument.label() + " (totals 0 to " + instrument.maxTotal() + ")");
        text.setId("bands-" + instrument.name().toLowerCase(java.util.Locale.ROOT));
        text.setValue(current.stream().map(b -> b.minScore() + " " + b.label()).collect(Collectors.joining("\n")));
        text.setWidth("24rem");
        InlineAlert refusal = new InlineAlert();
        Button save = new Button("Save " + instrument.label() + " bands", e -> {
            refusal.clear();
            text.setInvalid(false);
            try {
                bands.replace(instrument, parse(text.getValue()));
                Notifications.success(instrument.label() + " bands saved.");
            } catch (InvalidInputException ex) {
                text.setInvalid(true);
                text.setErrorMessage(String.join(" ", ex.fieldErrors().values()));
                refusal.show("The bands were not saved.", List.copyOf(ex.fieldErrors().values()));
            }
        });
        save.setId("bands-save-" + instrument.name().toLowerCase(java.util.Locale.ROOT));
        Div editor = new Div(text, save, refusal);
        editor.addClassName("bands-editor");
        return editor;
    }

    /** "10 Moderate" lines into bands; a line without a leading number is refused, naming it. */
    static List<Band> parse(String text) {
        List<Band> result = new ArrayList<>();
        String[] lines = text == null ? new String[0] : text.strip().split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("\\s+", 2);
            try {
                result.add(new Band(Integer.parseInt(parts[0]), parts.length > 1 ? parts[1] : ""));
            } catch (NumberFormatException e) {
                throw InvalidInputException.of("bands", "Line " + (i + 1) + " (\u201C" + line
                        + "\u201D) does not start with the score the band starts at.");
            }
        }
        return result;
    }
}
