package com.pathway.clinic.ui;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.pathway.clinic.Consent;
import com.pathway.clinic.LeadDetails;
import com.pathway.clinic.LeadForm;
import com.pathway.clinic.Phones;
import com.pathway.shared.ui.ClinicTime;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;

/**
 * A lead's contact details, consents, inquiry and screening, read-only. The screening's outcome is
 * shown when the service gave it, that is to clinicians; everyone else sees whether it is complete.
 */
class LeadFacts extends Div {

    private static final DateTimeFormatter BIRTH = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);

    private final ClinicTime time;
    private final Phones phones;

    LeadFacts(ClinicTime time, Phones phones) {
        this.time = time;
        this.phones = phones;
        setId("lead-facts");
        addClassName("lead-facts");
    }

    void show(LeadDetails lead) {
        removeAll();
        LeadForm f = lead.form();
        add(section("Contact"));
        phone("Phone", f.phone());
        phone("Other phone", f.altPhone());
        fact("E-mail", f.email());
        fact("Preferred contact", f.preferredContact() == null ? null : LeadLabels.of(f.preferredContact()));
        fact("Best time to reach", f.preferredContactTime());
        fact("Date of birth", f.dateOfBirth() == null ? null : BIRTH.format(f.dateOfBirth()));
        fact("Preferred name", f.preferredName());
        add(section("Consent"));
        consent("May call", f.phoneConsent());
        consent("May send text messages", f.smsConsent());
        consent("May e-mail", f.emailConsent());
        consent("Privacy notice", f.privacyNotice());
        add(section("Inquiry"));
        fact("Source", LeadLabels.of(f.source()));
        fact("Campaign", f.campaignName());
        fact("Condition of interest", f.conditionOfInterest());
        fact("Payer", f.selfPay() ? join(f.payer(), "self-pay") : f.payer());
        fact("Priority", f.priority() == null ? null : LeadLabels.of(f.priority()));
        fact("Tags", f.tags().isEmpty() ? null : String.join(", ", f.tags()));
        fact("Inquiry reference", lead.inquiryReference());
        fact("Created", time.format(lead.createdAt()));
        add(section("Screening"));
        fact("Screening", lead.screeningComplete() ? screened(lead) : "Not recorded");
        if (lead.screeningOutcome() != null) {
            fact("Outcome", lead.screeningOutcome());
        }
        fact("Treatment consent signed",
                lead.treatmentConsentAt() == null ? null : time.format(lead.treatmentConsentAt()));
    }

    /** A phone number as staff read it, a {@code tel:} link to dial it. */
    private void phone(String label, String e164) {
        if (e164 == null || e164.isBlank()) {
            fact(label, null);
            return;
        }
        Anchor call = new Anchor(Phones.telHref(e164), phones.display(e164));
        call.addClassName("lead-phone");
        Span value = new Span(call);
        row(label, value);
    }

    private String screened(LeadDetails lead) {
        return lead.screeningRecordedAt() == null ? "Complete" : "Complete, recorded " + time.format(lead.screeningRecordedAt());
    }

    private void consent(String label, Consent consent) {
        Span value = new Span(consent == null ? "Not given"
                : "Given " + time.format(consent.at()) + (consent.source() == null ? "" : ", by " + consent.source()));
        value.getElement().getThemeList().add(consent == null ? "badge contrast small" : "badge success small");
        row(label, value);
    }

    private void fact(String label, String value) {
        Span shown = new Span(value == null || value.isBlank() ? "—" : value);
        if (value == null || value.isBlank()) {
            shown.addClassName("lead-fact-empty");
        }
        row(label, shown);
    }

    private void row(String label, Span value) {
        Span caption = new Span(label);
        caption.addClassName("lead-fact-label");
        value.addClassName("lead-fact-value");
        Div row = new Div(caption, value);
        row.addClassName("lead-fact");
        add(row);
    }

    private static H4 section(String text) {
        H4 heading = new H4(text);
        heading.addClassName("lead-facts-section");
        return heading;
    }

    private static String join(String a, String b) {
        return a == null || a.isBlank() ? b : a + ", " + b;
    }
}
