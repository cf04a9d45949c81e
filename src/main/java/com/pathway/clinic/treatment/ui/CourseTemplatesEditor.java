package com.pathway.clinic.treatment.ui;

import java.util.List;

import com.pathway.clinic.treatment.CourseTemplateService;
import com.pathway.clinic.treatment.TemplateEdit;
import com.pathway.clinic.treatment.TemplateView;
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
import com.vaadin.flow.component.textfield.TextField;

/**
 * The clinic's course templates on the administrator's treatment page: each one's name, description and
 * phases (infusions, days between them, when a later phase starts), changed in place, retired or offered again;
 * a new one added below. A change applies to courses started afterwards; a refusal shows on the field it
 * concerns, or beside the phases when it is about them all.
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
            FieldErrors errors = blank.errors();
            errors.clear();
            refusal.clear();
            try {
                TemplateView added = templates.add(blank.edit());
                Notifications.success("The template \"" + added.name() + "\" is added.");
                blank.clear();
                refresh();
            } catch (InvalidInputException ex) {
                errors.show(ex, rest -> refusal.show("Nothing was added.", rest));
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
        InlineAlert refusal = new InlineAlert();
        refusal.setId("template-" + t.id() + "-refusal");
        Button save = new Button("Save", e -> {
            FieldErrors errors = fields.errors();
            errors.clear();
            refusal.clear();
            try {
                TemplateView changed = templates.change(t.id(), fields.edit());
                Notifications.success("The template \"" + changed.name() + "\" is saved: " + changed.plan() + ".");
                refresh();
            } catch (InvalidInputException ex) {
                errors.show(ex, rest -> refusal.show("Nothing was saved.", rest));
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
        row.add(refusal);
        row.addClassNames("treatment-option", "course-template");
        return row;
    }

    /** A template's fields and phases, bound to their field names for messages. */
    private static final class Fields extends Div {
        final TextField name = new TextField("Name");
        final TextField description = new TextField("Description");
        final TemplatePhasesEditor phases;

        Fields(String prefix, TemplateView t) {
            addClassName("treatment-template-fields");
            name.setId(prefix + "-name");
            name.setMaxLength(CourseTemplateService.MAX_NAME);
            description.setId(prefix + "-description");
            description.setMaxLength(CourseTemplateService.MAX_DESCRIPTION);
            description.setWidth("24em");
            if (t != null) {
                name.setValue(t.name());
                description.setValue(t.description() == null ? "" : t.description());
            }
            phases = new TemplatePhasesEditor(prefix, t == null ? List.of() : t.phases());
            Div head = new Div(name, description);
            head.addClassName("treatment-template-head");
            add(head, phases);
        }

        /** Bindings for the phases as they are ordered now. */
        FieldErrors errors() {
            FieldErrors errors = new FieldErrors().bind("name", name).bind("description", description);
            phases.bind(errors);
            return errors;
        }

        TemplateEdit edit() {
            return new TemplateEdit(name.getValue(), description.getValue(), phases.edit());
        }

        void clear() {
            name.clear();
            description.clear();
            phases.clear();
        }
    }
}
