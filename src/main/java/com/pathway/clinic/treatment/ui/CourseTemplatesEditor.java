package com.pathway.clinic.treatment.ui;

import com.pathway.clinic.treatment.CourseTemplateService;
import com.pathway.clinic.treatment.TemplateEdit;
import com.pathway.clinic.treatment.TemplateView;
import com.pathway.clinic.treatment.TreatmentService;
import com.pathway.shared.ConflictException;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.NotFoundException;
import com.pathway.shared.ui.FieldErrors;
import com.pathway.shared.ui.InlineAlert;
import com.pathway.shared.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The clinic's course templates on the administrator's treatment page: each one's name, description,
 * number of infusions and days between them, changed in place, retired or offered again; a new one added
 * below. A change applies to courses started afterwards; a refusal shows on the field it concerns.
 */
final class CourseTemplatesEditor extends Div {

    private final CourseTemplateService templates;
    private final Div rows = new Div();

    CourseTemplatesEditor(CourseTemplateService templates) {
        this.templates = templates;
        setId("course-templates");
        Div form = new Div();
        Fields blank = new Fields("template-new", null);
        InlineAlert refusal = new InlineAlert();
        refusal.setId("template-new-refusal");
        Button add = new Button("Add template", e -> {
            blank.errors.clear();
            refusal.clear();
            try {
                TemplateView added = templates.add(blank.edit());
                Notifications.success("The template \"" + added.name() + "\" is added.");
                blank.clear();
                refresh();
            } catch (InvalidInputException ex) {
                blank.errors.show(ex, rest -> refusal.show("Nothing was added.", rest));
            } catch (ConflictException ex) {
                blank.name.setErrorMessage(ex.getMessage());
                blank.name.setInvalid(true);
            }
        });
        add.setId("template-new-add");
        form.add(blank, add);
        form.addClassName("treatment-option-form");
        add(new H3("Course templates"), rows, form, refusal);
        refresh();
    }

    private void refresh() {
        rows.removeAll();
        templates.all().forEach(t -> rows.add(row(t)));
    }

    private Div row(TemplateView t) {
        Fields fields = new Fields("template-" + t.id(), t);
        Button save = new Button("Save", e -> {
            fields.errors.clear();
            try {
                TemplateView changed = templates.change(t.id(), fields.edit());
                Notifications.success("The template \"" + changed.name() + "\" is saved: " + changed.plan() + ".");
                refresh();
            } catch (InvalidInputException ex) {
                fields.errors.show(ex, rest -> Notifications.error(String.join(" ", rest)));
            } catch (ConflictException | NotFoundException ex) {
                fields.name.setErrorMessage(ex.getMessage());
                fields.name.setInvalid(true);
            }
        });
        save.setId("template-" + t.id() + "-save");
        save.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        save.setAriaLabel("Save " + t.name());
        Div row = new Div(fields, save);
        row.add(TreatmentListsView.offeredAndOrigin("template-" + t.id() + "-active", t.name(), t.active(), t.shipped(),
                active -> templates.setActive(t.id(), active)));
        row.addClassName("treatment-option");
        return row;
    }

    /** A template's fields, bound to their field names for messages. */
    private static final class Fields extends Div {
        final TextField name = new TextField("Name");
        final TextField description = new TextField("Description");
        final IntegerField sessions = new IntegerField("Infusions");
        final IntegerField interval = new IntegerField("Days apart");
        final FieldErrors errors = new FieldErrors();

        Fields(String prefix, TemplateView t) {
            addClassName("treatment-template-fields");
            name.setId(prefix + "-name");
            name.setMaxLength(CourseTemplateService.MAX_NAME);
            description.setId(prefix + "-description");
            description.setMaxLength(CourseTemplateService.MAX_DESCRIPTION);
            sessions.setId(prefix + "-sessions");
            sessions.setMin(1);
            sessions.setMax(TreatmentService.MAX_PLANNED);
            interval.setId(prefix + "-interval");
            interval.setMin(1);
            interval.setMax(CourseTemplateService.MAX_INTERVAL_DAYS);
            if (t != null) {
                name.setValue(t.name());
                description.setValue(t.description() == null ? "" : t.description());
                sessions.setValue(t.sessions());
                interval.setValue(t.intervalDays());
            }
            errors.bind("name", name).bind("description", description).bind("sessions", sessions)
                    .bind("intervalDays", interval);
            add(name, description, sessions, interval);
        }

        TemplateEdit edit() {
            return new TemplateEdit(name.getValue(), description.getValue(), sessions.getValue(), interval.getValue());
        }

        void clear() {
            name.clear();
            description.clear();
            sessions.clear();
            interval.clear();
        }
    }
}
