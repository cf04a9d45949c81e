package com.pathway.clinic.ui;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.pathway.clinic.Consent;
import com.pathway.clinic.LeadDetails;
import com.pathway.clinic.LeadForm;
import com.pathway.clinic.Phones;
import com.pathway.shared.ui.ClinicTime;
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
    /** The block being written by {@link #show}. */
    private Element block;

    LeadFacts(ClinicTime time, Phones phones) {
        this.time = time;
        this.phones = phones;
        setId("lead-facts");
        addClassName("lead-facts");
    }

    void show(LeadDetails lead) {
        Document markup = new Document("");
        markup.outputSettings().prettyPrint(false);
        block = markup.appendElement("div");
        LeadForm f = lead.form();
        section("Contact");
        phone("Phone", f.phone());
        phone("Other phone", f.altPhone());
        fact("E-mail", f.email());
        fact("Preferred contact", f.preferredContact() == null ? null : LeadLabels.of(f.preferredContact()));
        fact("Best time to reach", f.preferredContactTime());
        fact("Date of birth", f.dateOfBirth() == null ? null : BIRTH.format(f.dateOfBirth()));
        fact("Preferred name", f.preferredName());
        section("Consent");
        consent("May call", f.phoneConsent());
        consent("May send text messages", f.smsConsent());
        consent("May e-mail", f.emailConsent());
        consent("Privacy notice", f.privacyNotice());
        section("Inquiry");
        fact("Source", LeadLabels.of(f.source()));
        fact("Campaign", f.campaignName());
        fact("Condition of interest", f.conditionOfInterest());
        fact("Payer", f.selfPay() ? join(f.payer(), "self-pay") : f.payer());
        fact("Priority", f.priority() == null ? null : LeadLabels.of(f.priority()));
        fact("Tags", f.tags().isEmpty() ? null : String.join(", ", f.tags()));
        fact("Inquiry reference", lead.inquiryReference());
        fact("Created", time.format(lead.createdAt()));
        section("Screening");
        fact("Screening", lead.screeningComplete() ? screened(lead) : "Not recorded");
        if (lead.screeningOutcome() != null) {
            fact("Outcome", lead.screeningOutcome());
        }
        fact("Treatment consent signed",
                lead.treatmentConsentAt() == null ? null : time.format(lead.treatmentConsentAt()));
        getElement().setProperty("innerHTML", block.html());
        block = null;
    }

    /** A phone number as staff read it, a {@code tel:} link to dial it. */
    private void phone(String label, String e164) {
        if (e164 == null || e164.isBlank()) {
            fact(label, null);
            return;
        }
        Element value = new Element("span");
        value.appendElement("a").attr("href", Phones.telHref(e164)).addClass("lead-phone").text(phones.display(e164));
        row(label, value);
    }

    private String screened(LeadDetails lead) {
        return lead.screeningRecordedAt() == null ? "Complete" : "Complete, recorded " + time.format(lead.screeningRecordedAt());
    }

    private void consent(String label, Consent consent) {
        Element value = new Element("span").text(consent == null ? "Not given"
                : "Given " + time.format(consent.at()) + (consent.source() == null ? "" : ", by " + consent.source()));
        value.attr("theme", consent == null ? "badge contrast small" : "badge success small");
        row(label, value);
    }

    private void fact(String label, String value) {
        Element shown = new Element("span").text(value == null || value.isBlank() ? "—" : value);
        if (value == null || value.isBlank()) {
            shown.addClass("lead-fact-empty");
        }
        row(label, shown);
    }

    private void row(String label, Element value) {
        Element row = block.appendElement("div").addClass("lead-fact");
        row.appendElement("span").addClass("lead-fact-label").text(label);
        row.appendChild(value.addClass("lead-fact-value"));
    }

    private void section(String text) {
        block.appendElement("h4").addClass("lead-facts-section").text(text);
    }

    private static String join(String a, String b) {
        return a == null || a.isBlank() ? b : a + ", " + b;
    }
}
