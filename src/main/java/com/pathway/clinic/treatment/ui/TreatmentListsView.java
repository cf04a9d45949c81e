package com.pathway.clinic.treatment.ui;

import java.util.function.Consumer;

import com.pathway.clinic.treatment.CourseTemplateService;
import com.pathway.clinic.treatment.OptionKind;
import com.pathway.clinic.treatment.OptionView;
import com.pathway.clinic.treatment.TreatmentOptionService;
import com.pathway.clinic.treatment.VitalThresholdService;
import com.pathway.security.Role;
import com.pathway.shared.ConflictException;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.NotFoundException;
import com.pathway.shared.ui.ClinicTime;
import com.pathway.shared.ui.FieldErrors;
import com.pathway.shared.ui.InlineAlert;
import com.pathway.shared.ui.Notifications;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The clinic's own treatment lists for administrators: indications a course may be for, side effects staff
 * record, routes a dose is given by, course templates and vital-sign ranges, shipped defaults marked as such. An entry is renamed, retired (no longer offered; what was
 * recorded with it stays) or added.
 */
@Route("admin/treatment")
@PageTitle("Treatment lists · Pathway")
@Menu(order = 109, icon = "vaadin:list", title = "Treatment lists")
@RolesAllowed(Role.Names.ADMIN)
@StyleSheet("context://styles/treatment.css")
public class TreatmentListsView extends VerticalLayout {

    private final TreatmentOptionService options;

    public TreatmentListsView(TreatmentOptionService options, CourseTemplateService templates,
            VitalThresholdService thresholds, ClinicTime time) {
        this.options = options;
        addClassName("pathway-view");
        add(new H2("Treatment lists"), new Paragraph("These lists are the clinic's own: Pathway ships the entries "
                + "marked \"shipped default\" as a starting point for the clinic's medical director to review. "
                + "Staff choose from the entries offered; retiring one keeps what was recorded with it."));
        for (OptionKind kind : OptionKind.values()) {
            add(section(kind));
        }
        add(new CourseTemplatesEditor(templates));
        add(new VitalThresholdsEditor(thresholds, time));
    }

    private Div section(OptionKind kind) {
        String prefix = kind.name().toLowerCase().replace('_', '-');
        Div section = new Div();
        section.setId(prefix + "-list");
        Div rows = new Div();
        Runnable[] refresh = new Runnable[1];
        refresh[0] = () -> {
            rows.removeAll();
            options.all(kind).forEach(o -> rows.add(row(prefix, o, refresh[0])));
        };
        refresh[0].run();
        TextField label = new TextField("New entry");
        label.setId(prefix + "-new");
        InlineAlert refusal = new InlineAlert();
        refusal.setId(prefix + "-refusal");
        FieldErrors errors = new FieldErrors().bind("label", label);
        Button add = new Button("Add", e -> {
            errors.clear();
            refusal.clear();
            try {
                OptionView added = options.add(kind, label.getValue());
                Notifications.success("\"" + added.label() + "\" is added.");
                label.clear();
                refresh[0].run();
            } catch (InvalidInputException ex) {
                errors.show(ex, rest -> refusal.show("Nothing was added.", rest));
            } catch (ConflictException ex) {
                label.setErrorMessage(ex.getMessage());
                label.setInvalid(true);
            }
        });
        add.setId(prefix + "-add");
        add.addClickShortcut(Key.ENTER).listenOn(label);
        Div form = new Div(label, add);
        form.addClassName("treatment-option-form");
        section.add(new H3(kind.label()), rows, form, refusal);
        return section;
    }

    private Div row(String prefix, OptionView o, Runnable refresh) {
        TextField label = new TextField();
        label.setValue(o.label());
        label.setAriaLabel("Name of " + o.label());
        label.setId(prefix + "-label-" + o.id());
        Button save = new Button("Rename", e -> {
            try {
                options.rename(o.id(), label.getValue());
                Notifications.success("Renamed to \"" + label.getValue().strip() + "\".");
                refresh.run();
            } catch (InvalidInputException ex) {
                label.setErrorMessage(String.join(" ", ex.fieldErrors().values()));
                label.setInvalid(true);
            } catch (ConflictException | NotFoundException ex) {
                label.setErrorMessage(ex.getMessage());
                label.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        save.setAriaLabel("Rename " + o.label());
        Div row = new Div(label, save);
        row.add(offeredAndOrigin(prefix + "-active-" + o.id(), o.label(), o.active(), o.shipped(),
                active -> options.setActive(o.id(), active)));
        row.addClassName("treatment-option");
        return row;
    }

    /** An entry's "Offered" switch (retire or offer again) and where it comes from (shipped or the clinic's). */
    static Component[] offeredAndOrigin(String id, String name, boolean active, boolean shipped,
            Consumer<Boolean> setActive) {
        Checkbox offered = new Checkbox("Offered", active);
        offered.setId(id);
        offered.setAriaLabel("Offer " + name);
        offered.addValueChangeListener(e -> {
            setActive.accept(e.getValue());
            Notifications.success("\"" + name + "\" is " + (e.getValue() ? "offered again." : "retired."));
        });
        Span origin = new Span(shipped ? "shipped default" : "added by the clinic");
        origin.addClassName("treatment-option-origin");
        return new Component[] {offered, origin};
    }
}
