package com.pathway.clinic.ui;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import com.pathway.clinic.Consent;
import com.pathway.clinic.ContactMethod;
import com.pathway.clinic.DuplicateProbe;
import com.pathway.clinic.LeadForm;
import com.pathway.clinic.LeadPriority;
import com.pathway.clinic.LeadSource;
import com.pathway.clinic.ReferrerOption;
import com.pathway.shared.ui.FieldErrors;
import com.pathway.shared.ui.ComboBoxes;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * The fields of a lead, for the new-lead form and for editing on the lead page. It only maps field
 * values to a {@link LeadForm}; the lead service checks it, and its errors appear on these fields.
 * What the fields do not show (campaign, assignments, a referrer no longer offered) is kept from the
 * form it was filled with. A consent ticked now is given now, in the way chosen under "Consent given by".
 */
class LeadFormFields extends FormLayout {

    static final List<String> CONSENT_WAYS = List.of("phone call", "in person", "e-mail", "web form", "paper form");

    final TextField firstName = text("firstName", "First name");
    final TextField lastName = text("lastName", "Last name");
    final TextField preferredName = text("preferredName", "Preferred name");
    final DatePicker dateOfBirth = new DatePicker("Date of birth");
    final TextField phone = text("phone", "Phone");
    final TextField altPhone = text("altPhone", "Other phone");
    final EmailField email = new EmailField("E-mail");
    final Select<ContactMethod> preferredContact = new Select<>();
    final TextField preferredContactTime = text("preferredContactTime", "Best time to reach");
    final Select<LeadSource> source = new Select<>();
    final ComboBox<String> condition = new ComboBox<>("Condition of interest");
    final ComboBox<ReferrerOption> referrer = new ComboBox<>("Referring provider");
    final TextField payer = text("payer", "Payer / insurance");
    final Checkbox selfPay = new Checkbox("Self-pay");
    final Select<LeadPriority> priority = new Select<>();
    final TextField tags = text("tags", "Tags (comma-separated)");
    final Checkbox phoneConsent = consent("phoneConsent", "May call");
    final Checkbox smsConsent = consent("smsConsent", "May send text messages");
    final Checkbox emailConsent = consent("emailConsent", "May e-mail");
    final Checkbox privacyNotice = consent("privacyNotice", "Privacy notice acknowledged");
    final Select<String> consentWay = new Select<>();
    final TextArea message = new TextArea("Message / reason for inquiry");
    private final FieldErrors errors = new FieldErrors();
    private LeadForm base;

    LeadFormFields(List<String> conditions, List<ReferrerOption> referrers) {
        addClassName("lead-form");
        dateOfBirth.setId("lead-dateOfBirth");
        email.setId("lead-email");
        firstName.setRequiredIndicatorVisible(true);
        lastName.setRequiredIndicatorVisible(true);
        choice(preferredContact, "preferredContact", "Preferred contact", ContactMethod.values(), true);
        choice(source, "source", "Source", LeadSource.values(), false);
        choice(priority, "priority", "Priority", LeadPriority.values(), false);
        source.setRequiredIndicatorVisible(true);
        condition.setId("lead-conditionOfInterest");
        condition.setItems(conditions);
        ComboBoxes.pickFirstMatchOnEnter(condition);
        condition.setClearButtonVisible(true);
        referrer.setId("lead-referrerId");
        referrer.setItems(referrers);
        ComboBoxes.pickFirstMatchOnEnter(referrer);
        referrer.setItemLabelGenerator(ReferrerOption::name);
        referrer.setClearButtonVisible(true);
        consentWay.setId("lead-consentWay");
        consentWay.setLabel("Consent given by");
        consentWay.setItems(CONSENT_WAYS);
        consentWay.setEmptySelectionAllowed(true);
        consentWay.setEmptySelectionCaption("Choose how");
        message.setId("lead-message");
        message.setMaxLength(4000);
        errors.bind("firstName", firstName).bind("lastName", lastName).bind("preferredName", preferredName)
                .bind("dateOfBirth", dateOfBirth).bind("phone", phone).bind("altPhone", altPhone)
                .bind("email", email).bind("preferredContact", preferredContact)
                .bind("preferredContactTime", preferredContactTime).bind("source", source)
                .bind("conditionOfInterest", condition).bind("referrerId", referrer).bind("payer", payer).bind("tags", tags)
                .bind("phoneConsent", phoneConsent).bind("smsConsent", smsConsent)
                .bind("emailConsent", emailConsent).bind("privacyNotice", privacyNotice)
                .bind("priority", priority).bind("message", message);
        add(heading("Person"), firstName, lastName, preferredName, dateOfBirth, heading("Contact"), phone, altPhone,
                email, preferredContact, preferredContactTime, heading("Consent"), phoneConsent, smsConsent,
                emailConsent, privacyNotice, consentWay, heading("Inquiry"), source, referrer, condition, payer, selfPay,
                priority, tags, message);
        setColspan(message, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2));
        fill(LeadForm.of(null, null, null, null, LeadSource.PHONE));
    }

    FieldErrors errors() {
        return errors;
    }

    /** Shows a stored form; what the fields do not show is kept from it. */
    void fill(LeadForm form) {
        base = form;
        firstName.setValue(orEmpty(form.firstName()));
        lastName.setValue(orEmpty(form.lastName()));
        preferredName.setValue(orEmpty(form.preferredName()));
        dateOfBirth.setValue(form.dateOfBirth());
        phone.setValue(orEmpty(form.phone()));
        altPhone.setValue(orEmpty(form.altPhone()));
        email.setValue(orEmpty(form.email()));
        preferredContact.setValue(form.preferredContact());
        preferredContactTime.setValue(orEmpty(form.preferredContactTime()));
        source.setValue(form.source());
        condition.setValue(form.conditionOfInterest());
        referrer.setValue(form.referrerId() == null ? null : referrer.getListDataView().getItems()
                .filter(r -> r.id() == form.referrerId()).findFirst().orElse(null));
        payer.setValue(orEmpty(form.payer()));
        selfPay.setValue(form.selfPay());
        priority.setValue(form.priority() == null ? LeadPriority.NORMAL : form.priority());
        tags.setValue(String.join(", ", form.tags()));
        phoneConsent.setValue(form.phoneConsent() != null);
        smsConsent.setValue(form.smsConsent() != null);
        emailConsent.setValue(form.emailConsent() != null);
        privacyNotice.setValue(form.privacyNotice() != null);
        consentWay.setValue(null);
        message.setValue(orEmpty(form.message()));
        errors.clear();
    }

    /** The form as typed; consents ticked now are given at {@code now}. */
    LeadForm read(Instant now) {
        List<String> tagList = Arrays.stream(tags.getValue().split(",")).map(String::strip).filter(t -> !t.isEmpty())
                .toList();
        return new LeadForm(firstName.getValue(), lastName.getValue(), preferredName.getValue(),
                dateOfBirth.getValue(), phone.getValue(), altPhone.getValue(), email.getValue(),
                preferredContact.getValue(), preferredContactTime.getValue(), source.getValue(),
                base.campaignSource(), base.campaignMedium(), base.campaignName(), referrerId(),
                condition.getValue(), payer.getValue(), selfPay.getValue(), consent(phoneConsent, base.phoneConsent(), now),
                consent(smsConsent, base.smsConsent(), now), consent(emailConsent, base.emailConsent(), now),
                consent(privacyNotice, base.privacyNotice(), now), tagList, priority.getValue(), base.coordinator(),
                base.clinician(), message.getValue());
    }

    /** The chosen referrer; a stored one that is not offered any more stays until another is chosen. */
    private Long referrerId() {
        if (referrer.getValue() != null) {
            return referrer.getValue().id();
        }
        boolean offered = base.referrerId() != null && referrer.getListDataView().getItems()
                .anyMatch(r -> r.id() == base.referrerId());
        return offered ? null : base.referrerId();
    }

    /** What is typed so far, to look for leads that may be the same person. */
    DuplicateProbe probe(String excludeKey) {
        return new DuplicateProbe(firstName.getValue(), lastName.getValue(), dateOfBirth.getValue(), phone.getValue(),
                altPhone.getValue(), email.getValue(), excludeKey);
    }

    /** Called, a moment after typing stops, when a field that identifies the person changes. */
    void onIdentityChange(Consumer<DuplicateProbe> listener) {
        for (HasValue<?, ?> field : List.<HasValue<?, ?>>of(firstName, lastName, dateOfBirth, phone, altPhone, email)) {
            field.addValueChangeListener(e -> listener.accept(probe(null)));
        }
    }

    private Consent consent(Checkbox box, Consent given, Instant now) {
        if (!box.getValue()) {
            return null;
        }
        return given != null ? given : new Consent(now, consentWay.getValue());
    }

    private static TextField text(String name, String label) {
        TextField field = new TextField(label);
        field.setId("lead-" + name);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        return field;
    }

    private static Checkbox consent(String name, String label) {
        Checkbox box = new Checkbox(label);
        box.setId("lead-" + name);
        return box;
    }

    private static <E extends Enum<E>> void choice(Select<E> select, String name, String label, E[] values,
            boolean optional) {
        select.setId("lead-" + name);
        select.setLabel(label);
        select.setItems(values);
        select.setItemLabelGenerator(v -> v == null ? "Not stated" : LeadLabels.of(v));
        if (optional) {
            select.setEmptySelectionAllowed(true);
            select.setEmptySelectionCaption("Not stated");
        }
    }

    private H4 heading(String text) {
        H4 heading = new H4(text);
        heading.addClassName("lead-form-section");
        setColspan(heading, 2);
        return heading;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
