package com.pathway.clinic.screening.ui;

import com.pathway.clinic.screening.ScreeningService;
import com.pathway.clinic.screening.TreatmentConsent;
import com.pathway.clinic.screening.TreatmentConsentInput;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.NotFoundException;
import com.pathway.shared.ui.ClinicTime;
import com.pathway.shared.ui.FieldErrors;
import com.pathway.shared.ui.InlineAlert;
import com.pathway.shared.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;

/** The treatment consent under the screening: when it was signed (in the clinic's zone) and how it was taken. */
class ConsentForm extends Div {

    private final ScreeningService screenings;
    private final ClinicTime time;
    private final Runnable onSaved;
    private final Paragraph recorded = new Paragraph();
    private final DateTimePicker signedAt = new DateTimePicker("Consent signed");
    private final Select<String> method = new Select<>();
    private final FieldErrors errors = new FieldErrors();
    private final InlineAlert refusal = new InlineAlert();
    private String key;

    ConsentForm(ScreeningService screenings, ClinicTime time, Runnable onSaved) {
        this.screenings = screenings;
        this.time = time;
        this.onSaved = onSaved;
        setId("treatment-consent");
        addClassName("screening-consent");
        recorded.setId("consent-recorded");
        signedAt.setId("consent-signed-at");
        method.setId("consent-method");
        method.setLabel("How it was taken");
        method.setItems(ScreeningService.CONSENT_METHODS);
        errors.bind("signedAt", signedAt).bind("method", method);
        refusal.setId("consent-refusal");
        Button record = new Button("Record consent", e -> record());
        record.setId("consent-record");
        record.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Div fields = new Div(signedAt, method);
        fields.addClassName("screening-consent-fields");
        add(new H4("Treatment consent"), recorded, fields, record, refusal);
    }

    void show(String key, TreatmentConsent consent) {
        this.key = key;
        errors.clear();
        refusal.clear();
        recorded.setText(consent == null ? "Not recorded." : "Signed " + time.format(consent.signedAt())
                + (consent.method() == null ? "" : ", " + consent.method().toLowerCase(java.util.Locale.ROOT))
                + (consent.takenBy() == null ? "" : ", taken by " + consent.takenBy()) + ".");
        signedAt.setValue(consent == null ? null : consent.signedAt().atZone(time.zone()).toLocalDateTime());
        method.setValue(consent == null ? null : consent.method());
    }

    private void record() {
        errors.clear();
        refusal.clear();
        try {
            screenings.recordConsent(key, new TreatmentConsentInput(signedAt.getValue() == null ? null
                    : signedAt.getValue().atZone(time.zone()).toInstant(), method.getValue()));
            Notifications.success("Treatment consent recorded for " + key + ".");
            show(key, screenings.get(key).consent());
            onSaved.run();
        } catch (InvalidInputException e) {
            errors.show(e, rest -> refusal.show("The consent was not recorded.", rest));
        } catch (NotFoundException e) {
            refusal.show(e.getMessage());
        }
    }
}
