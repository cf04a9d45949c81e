package com.pathway.clinic.ui;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jsoup.nodes.Element;

import com.pathway.clinic.Consent;
import com.pathway.clinic.LeadDetails;
import com.pathway.clinic.LeadForm;
import com.pathway.clinic.Phones;
import com.pathway.shared.ui.ClinicTime;
import com.pathway.shared.ui.Markup;
import com.vaadin.flow.component.html.Div;

/**
 * A lead's contact details, consents, inquiry and screening, read-only. The screening's outcome is
 * shown when the service gave it, that is to clinicians; everyone else sees whether it is complete.
 * <p>
 * Nothing here is clicked but the phone links, so the block is sent as markup in this one element (every
 * value escaped by jsoup) rather than as a hundred components the server would keep for as long as the
 * page is open.
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
        Element block = Markup.block();
        LeadForm f = lead.form();
        section(block, "Contact");
        phone(block, "Phone", f.phone());
        phone(block, "Other phone", f.altPhone());
        fact(block, "E-mail", f.email());
        fact(block, "Preferred contact", f.preferredContact() == null ? null : LeadLabels.of(f.preferredContact()));
        fact(block, "Best time to reach", f.preferredContactTime());
        fact(block, "Date of birth", f.dateOfBirth() == null ? null : BIRTH.format(f.dateOfBirth()));
        fact(block, "Preferred name", f.preferredName());
        section(block, "Consent");
        consent(block, "May call", f.phoneConsent());
        consent(block, "May send text messages", f.smsConsent());
        consent(block, "May e-mail", f.emailConsent());
        consent(block, "Privacy notice", f.privacyNotice());
        section(block, "Inquiry");
        fact(block, "Source", LeadLabels.of(f.source()));
        fact(block, "Campaign", f.campaignName());
        fact(block, "Condition of interest", f.conditionOfInterest());
        fact(block, "Payer", f.selfPay() ? join(f.payer(), "self-pay") : f.payer());
        fact(block, "Priority", f.priority() == null ? null : LeadLabels.of(f.priority()));
        fact(block, "Tags", f.tags().isEmpty() ? null : String.join(", ", f.tags()));
        fact(block, "Inquiry reference", lead.inquiryReference());
        fact(block, "Created", time.format(lead.createdAt()));
        section(block, "Screening");
        fact(block, "Screening", lead.screeningComplete() ? screened(lead) : "Not recorded");
        if (lead.screeningOutcome() != null) {
            fact(block, "Outcome", lead.screeningOutcome());
        }
        fact(block, "Treatment consent signed",
                lead.treatmentConsentAt() == null ? null : time.format(lead.treatmentConsentAt()));
        Markup.show(this, block);
    }

    /** A phone number as staff read it, a {@code tel:} link to dial it. */
    private void phone(Element block, String label, String e164) {
        if (e164 == null || e164.isBlank()) {
            fact(block, label, null);
            return;
        }
        Element value = new Element("span");
        value.appendElement("a").attr("href", Phones.telHref(e164)).addClass("lead-phone").text(phones.display(e164));
        row(block, label, value);
    }

    private String screened(LeadDetails lead) {
        return lead.screeningRecordedAt() == null ? "Complete" : "Complete, recorded " + time.format(lead.screeningRecordedAt());
    }

    private void consent(Element block, String label, Consent consent) {
        Element value = new Element("span").text(consent == null ? "Not given"
                : "Given " + time.format(consent.at()) + (consent.source() == null ? "" : ", by " + consent.source()));
        value.attr("theme", consent == null ? "badge contrast small" : "badge success small");
        row(block, label, value);
    }

    private static void fact(Element block, String label, String value) {
        Element shown = new Element("span").text(value == null || value.isBlank() ? "—" : value);
        if (value == null || value.isBlank()) {
            shown.addClass("lead-fact-empty");
        }
        row(block, label, shown);
    }

    private static void row(Element block, String label, Element value) {
        Element row = block.appendElement("div").addClass("lead-fact");
        row.appendElement("span").addClass("lead-fact-label").text(label);
        row.appendChild(value.addClass("lead-fact-value"));
    }

    private static void section(Element block, String text) {
        block.appendElement("h4").addClass("lead-facts-section").text(text);
    }

    private static String join(String a, String b) {
        return a == null || a.isBlank() ? b : a + ", " + b;
    }
}
