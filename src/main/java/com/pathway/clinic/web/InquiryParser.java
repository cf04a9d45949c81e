package com.pathway.clinic.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import com.pathway.clinic.Consent;
import com.pathway.clinic.ContactMethod;
import com.pathway.clinic.LeadForm;
import com.pathway.clinic.LeadPriority;
import com.pathway.clinic.LeadSource;
import com.pathway.shared.Validation;

/**
 * Reads an inquiry's JSON into a lead form, collecting every problem with the fields that the
 * inquiry format itself has (types, required consents); the form's own checks come after.
 */
final class InquiryParser {

    /** Lead-form field names as the inquiry format calls them. */
    static final Map<String, String> FIELD_NAMES = Map.of(
            "campaignSource", "utm.source", "campaignMedium", "utm.medium", "campaignName", "utm.campaign",
            "preferredContact", "preferredContact");

    static final String SOURCE = "web form";

    private final Map<String, String> errors = new LinkedHashMap<>();
    private final JsonNode body;

    private InquiryParser(JsonNode body) {
        this.body = body;
    }

    record Parsed(LeadForm form, Map<String, String> errors, boolean honeypotFilled) {
    }

    static Parsed parse(JsonNode body, Instant now) {
        return new InquiryParser(body).read(now);
    }

    private Parsed read(Instant now) {
        boolean honeypot = !Validation.isBlank(text(body, "website", "website"));
        String firstName = text(body, "firstName", "firstName");
        String lastName = text(body, "lastName", "lastName");
        String email = text(body, "email", "email");
        String phone = text(body, "phone", "phone");
        LocalDate dateOfBirth = date(text(body, "dateOfBirth", "dateOfBirth"));
        String condition = text(body, "conditionOfInterest", "conditionOfInterest");
        String message = text(body, "message", "message");
        ContactMethod preferred = contactMethod(text(body, "preferredContact", "preferredContact"));
        JsonNode utm = object(body, "utm");
        String utmSource = text(utm, "source", "utm.source");
        String utmMedium = text(utm, "medium", "utm.medium");
        String utmCampaign = text(utm, "campaign", "utm.campaign");
        JsonNode consent = object(body, "consent");
        boolean contact = consentGiven(consent, "contact", "consent.contact",
                "Agree to be contacted about your inquiry.");
        boolean privacy = consentGiven(consent, "privacyNotice", "consent.privacyNotice",
                "Confirm that you have read the privacy notice.");
        if (Validation.isBlank(firstName) && !errors.containsKey("firstName")) {
            errors.put("firstName", "Enter your first name (1 to 100 characters).");
        }
        if (Validation.isBlank(lastName) && !errors.containsKey("lastName")) {
            errors.put("lastName", "Enter your last name (1 to 100 characters).");
        }
        if (Validation.isBlank(email) && Validation.isBlank(phone)) {
            errors.putIfAbsent("email", "Enter an email address or a phone number.");
            errors.putIfAbsent("phone", "Enter a phone number or an email address.");
        }
        Consent given = new Consent(now, SOURCE);
        LeadForm form = new LeadForm(firstName, lastName, null, dateOfBirth, phone, null, email, preferred, null,
                LeadSource.WEB_FORM, utmSource, utmMedium, utmCampaign, null, condition, null, false,
                contact && !Validation.isBlank(phone) ? given : null,
                contact && preferred == ContactMethod.SMS && !Validation.isBlank(phone) ? given : null,
                contact && !Validation.isBlank(email) ? given : null,
                privacy ? given : null, List.of(), LeadPriority.NORMAL, null, null, message);
        return new Parsed(form, errors, honeypot);
    }

    private String text(JsonNode parent, String name, String field) {
        if (parent == null) {
            return null;
        }
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isString()) {
            errors.put(field, "Must be text.");
            return null;
        }
        return node.asString();
    }

    private JsonNode object(JsonNode parent, String name) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            errors.put(name, "Must be an object.");
            return null;
        }
        return node;
    }

    private boolean consentGiven(JsonNode consent, String name, String field, String message) {
        JsonNode node = consent == null ? null : consent.get(name);
        if (node == null || !node.isBoolean() || !node.booleanValue()) {
            errors.putIfAbsent(field, message);
            return false;
        }
        return true;
    }

    private LocalDate date(String text) {
        if (Validation.isBlank(text)) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.put("dateOfBirth", "Enter the date of birth as YYYY-MM-DD.");
            return null;
        }
    }

    private ContactMethod contactMethod(String text) {
        if (Validation.isBlank(text)) {
            return null;
        }
        try {
            return ContactMethod.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.put("preferredContact", "Choose phone, sms or email.");
            return null;
        }
    }
}
