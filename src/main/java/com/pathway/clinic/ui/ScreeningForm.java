package com.pathway.clinic.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Consumer;

import com.pathway.clinic.LeadDetails;
import com.pathway.clinic.LeadService;
import com.pathway.clinic.internal.ScreeningOutcomes;
import com.pathway.shared.ConflictException;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.NotFoundException;
import com.pathway.shared.ui.FieldErrors;
import com.pathway.shared.ui.InlineAlert;
import com.pathway.shared.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;

/**
 * Where a clinician records what approving for treatment needs: the screening's outcome and when the
 * treatment consent was signed (in the clinic's zone). Shown on the lead page to those who may record
 * screening; the approval's refusal points here. Errors stay next to the fields or under the button.
 */
class ScreeningForm extends Div {

    private final LeadService leads;
    private final ZoneId zone;
    private final Consumer<LeadDetails> onSaved;
    private final Select<String> outcome = new Select<>();
    private final DateTimePicker consent = new DateTimePicker("Treatment consent signed");
    private final FieldErrors errors = new FieldErrors();
    private final InlineAlert refusal = new InlineAlert();
    private LeadDetails lead;

    ScreeningForm(LeadService leads, ZoneId zone, Consumer<LeadDetails> onSaved) {
        this.leads = leads;
        this.zone = zone;
        this.onSaved = onSaved;
        setId("screening-form");
        outcome.setId("screening-outcome");
        outcome.setLabel("Screening outcome");
        outcome.setItems(ScreeningOutcomes.ALL);
        outcome.setPlaceholder("Not recorded");
        outcome.setRequiredIndicatorVisible(true);
        consent.setId("screening-consent");
        consent.setHelperText("Leave empty while the consent is not signed.");
        errors.bind("screeningOutcome", outcome).bind("treatmentConsentAt", consent);
        refusal.setId("screening-refusal");
        Button save = new Button("Record screening", e -> save());
        save.setId("record-screening");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        FormLayout form = new FormLayout(outcome, consent);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("26rem", 2));
        add(form, save, refusal);
    }

    /** Fills the form with what is recorded on {@code lead} now. */
    void show(LeadDetails lead) {
        this.lead = lead;
        errors.clear();
        refusal.clear();
        outcome.setValue(lead.screeningOutcome());
        consent.setValue(lead.treatmentConsentAt() == null ? null
                : lead.treatmentConsentAt().atZone(zone).toLocalDateTime());
    }

    private void save() {
        errors.clear();
        refusal.clear();
        Instant signed = consent.getValue() == null ? null : consent.getValue().atZone(zone).toInstant();
        try {
            LeadDetails after = leads.recordScreening(lead.key(), outcome.getValue(), signed, lead.version());
            Notifications.success("Screening recorded for " + after.key() + ".");
            onSaved.accept(after);
        } catch (InvalidInputException e) {
            errors.show(e, rest -> refusal.show("The screening was not recorded.", rest));
        } catch (ConflictException e) {
            try {
                show(leads.get(lead.key()));
            } catch (NotFoundException gone) {
                refusal.show(gone.getMessage());
                return;
            }
            refusal.show(e.getMessage() + " The form now shows what is recorded; enter your changes again.");
        } catch (NotFoundException e) {
            refusal.show(e.getMessage());
        }
    }
}
