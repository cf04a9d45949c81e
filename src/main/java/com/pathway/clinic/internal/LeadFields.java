package com.pathway.clinic.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;

import com.pathway.clinic.LeadPriority;
import com.pathway.shared.InvalidInputException;
import com.pathway.workflow.FieldStore;

/**
 * The lead fields that workflow rules and transition screens use: {@code screeningOutcome},
 * {@code treatmentConsentAt} and {@code priority}, kept in the {@code lead} table; and the values
 * screens ask for that belong to the step, not to the lead: a call's outcome ({@code contactOutcome},
 * kept in the history) and an appointment ({@code appointmentAt}, {@code appointmentClinician},
 * {@code appointmentMode}, kept in {@code lead_appointment} by {@link ConsultationRules}).
 */
@Component
public class LeadFields implements FieldStore {

    public static final String SCREENING_OUTCOME = "screeningOutcome";
    public static final String TREATMENT_CONSENT_AT = "treatmentConsentAt";
    public static final String PRIORITY = "priority";
    public static final String CONTACT_OUTCOME = "contactOutcome";
    public static final String APPOINTMENT_AT = "appointmentAt";
    public static final String APPOINTMENT_CLINICIAN = "appointmentClinician";
    public static final String APPOINTMENT_MODE = "appointmentMode";

    private final LeadRepository leads;
    private final Clock clock;

    public LeadFields(LeadRepository leads, Clock clock) {
        this.leads = leads;
        this.clock = clock;
    }

    @Override
    public boolean supports(String itemType) {
        return ClinicWorkflowPlugin.LEAD.equals(itemType);
    }

    @Override
    public Set<String> fieldNames() {
        return Set.of(SCREENING_OUTCOME, TREATMENT_CONSENT_AT, PRIORITY);
    }

    @Override
    public Set<String> transitionValues() {
        return Set.of(CONTACT_OUTCOME, APPOINTMENT_AT, APPOINTMENT_CLINICIAN, APPOINTMENT_MODE);
    }

    @Override
    public Object read(long itemId, String field) {
        return leads.findById(itemId).map(lead -> switch (field) {
            case SCREENING_OUTCOME -> lead.getScreeningOutcome();
            case TREATMENT_CONSENT_AT -> lead.getTreatmentConsentAt();
            case PRIORITY -> lead.getPriority().name();
            default -> null;
        }).orElse(null);
    }

    @Override
    public void write(long itemId, String field, Object value) {
        Lead lead = leads.findById(itemId).orElseThrow(() -> InvalidInputException.of(field, "This item has no lead."));
        Instant now = clock.instant();
        String text = value == null || String.valueOf(value).isBlank() ? null : String.valueOf(value).strip();
        switch (field) {
            case SCREENING_OUTCOME -> throw InvalidInputException.of(field, "The screening outcome comes from the"
                    + " signed screening checklist on the lead page; a transition cannot set it.");
            case TREATMENT_CONSENT_AT -> lead.recordTreatmentConsent(value instanceof Instant at ? at
                    : text == null ? null : parseInstant(field, text), now);
            case PRIORITY -> lead.prioritise(text == null ? null : priority(field, text), now);
            default -> throw InvalidInputException.of(field, "Leads have no field " + field + ".");
        }
    }

    private static Instant parseInstant(String field, String text) {
        try {
            return Instant.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw InvalidInputException.of(field, "Enter a time such as 2026-05-01T14:30:00Z.");
        }
    }

    private static LeadPriority priority(String field, String text) {
        try {
            return LeadPriority.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(field, "Choose low, normal, high or urgent.");
        }
    }
}
