package com.pathway.clinic.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.pathway.clinic.Consent;
import com.pathway.clinic.ContactMethod;
import com.pathway.clinic.LeadForm;
import com.pathway.clinic.LeadPriority;
import com.pathway.clinic.LeadSource;
import com.pathway.workflow.StatusCategory;
import com.pathway.workflow.WorkItemView;

/**
 * A lead: the clinic's data of one work item (same id). Written only from a validated
 * {@link LeadForm}, so phones are already in E.164; the lower-case search columns follow the names
 * and email.
 */
@Entity
@Table(name = "lead")
public class Lead {

    @Id
    private Long id;

    @Column(name = "inquiry_reference", nullable = false, length = 24)
    private String inquiryReference;

    @Column(name = "first_name", nullable = false)
    private String firstName;
    @Column(name = "last_name", nullable = false)
    private String lastName;
    @Column(name = "preferred_name")
    private String preferredName;
    @Column(name = "name_lower", nullable = false)
    private String nameLower;
    @Column(name = "last_name_lower", nullable = false)
    private String lastNameLower;
    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;
    private String phone;
    @Column(name = "alt_phone")
    private String altPhone;
    /** What a partial phone search matches ({@link com.pathway.clinic.Phones#searchDigits}). */
    @Column(name = "phone_digits")
    private String phoneDigits;
    private String email;
    @Column(name = "email_lower")
    private String emailLower;
    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_contact")
    private ContactMethod preferredContact;
    @Column(name = "preferred_contact_time")
    private String preferredContactTime;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LeadSource source;
    @Column(name = "campaign_source")
    private String campaignSource;
    @Column(name = "campaign_medium")
    private String campaignMedium;
    @Column(name = "campaign_name")
    private String campaignName;
    @Column(name = "referrer_id")
    private Long referrerId;
    @Column(name = "condition_of_interest")
    private String conditionOfInterest;
    private String payer;
    @Column(name = "self_pay", nullable = false)
    private boolean selfPay;
    @Column(name = "consent_phone_at")
    private Instant consentPhoneAt;
    @Column(name = "consent_phone_source")
    private String consentPhoneSource;
    @Column(name = "consent_sms_at")
    private Instant consentSmsAt;
    @Column(name = "consent_sms_source")
    private String consentSmsSource;
    @Column(name = "consent_email_at")
    private Instant consentEmailAt;
    @Column(name = "consent_email_source")
    private String consentEmailSource;
    @Column(name = "privacy_notice_at")
    private Instant privacyNoticeAt;
    @Column(name = "privacy_notice_source")
    private String privacyNoticeSource;
    private String tags;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LeadPriority priority;
    private String coordinator;
    private String clinician;
    @Convert(converter = LeadEncryption.Message.class)
    private String message;
    @Column(name = "screening_outcome")
    private String screeningOutcome;
    @Column(name = "screening_recorded_at")
    private Instant screeningRecordedAt;
    @Column(name = "treatment_consent_at")
    private Instant treatmentConsentAt;
    @Column(name = "treatment_consent_method", length = 40)
    private String treatmentConsentMethod;
    @Column(name = "treatment_consent_by", length = 64)
    private String treatmentConsentBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "merged_into", length = 24)
    private String mergedInto;
    @Version
    private long version;

    // The read model of the lead's work item: written with the row, then only by LeadStatusReadModel
    // (from the engine's events), never by saving this entity, so a stale entity cannot undo a transition.
    @Column(name = "item_key", nullable = false, updatable = false, length = 24)
    private String itemKey;
    @Column(nullable = false, updatable = false, length = 64)
    private String status;
    @Enumerated(EnumType.STRING)
    @Column(name = "status_category", nullable = false, updatable = false, length = 16)
    private StatusCategory statusCategory;
    @Column(name = "status_changed_at", nullable = false, updatable = false)
    private Instant statusChangedAt;
    @Column(updatable = false, length = 64)
    private String resolution;
    // Service-level targets: set when the lead is created, then kept by LeadServiceLevelModel in SQL.
    @Column(name = "first_response_due_at", updatable = false)
    private Instant firstResponseDueAt;
    @Column(name = "first_contact_at", insertable = false, updatable = false)
    private Instant firstContactAt;
    @Column(name = "consultation_due_at", updatable = false)
    private Instant consultationDueAt;
    @Column(name = "consultation_at", insertable = false, updatable = false)
    private Instant consultationAt;
    @Column(name = "sla_due_at", updatable = false)
    private Instant slaDueAt;

    protected Lead() {
    }

    /** A new lead of a work item just created, in the item's first status. */
    public Lead(WorkItemView item, String inquiryReference, LeadForm form, Instant now) {
        this.id = item.id();
        this.itemKey = item.key();
        this.status = item.status();
        this.statusCategory = item.category();
        this.statusChangedAt = item.createdAt();
        this.resolution = item.resolution();
        this.inquiryReference = inquiryReference;
        this.createdAt = now;
        apply(form, now);
    }

    /** The targets of a new lead (before it is first saved): first contact and consultation due by then. */
    public void startServiceLevels(Instant firstResponseDue, Instant consultationDue) {
        this.firstResponseDueAt = firstResponseDue;
        this.consultationDueAt = consultationDue;
        this.slaDueAt = firstResponseDue;
    }

    public com.pathway.clinic.LeadServiceLevels serviceLevels() {
        if (firstResponseDueAt == null && consultationDueAt == null) {
            return null;
        }
        return new com.pathway.clinic.LeadServiceLevels(firstResponseDueAt, firstContactAt, consultationDueAt,
                consultationAt, slaDueAt);
    }

    /** Takes every value of a validated form. */
    public void apply(LeadForm f, Instant now) {
        firstName = f.firstName();
        lastName = f.lastName();
        preferredName = f.preferredName();
        nameLower = (f.firstName().strip() + " " + f.lastName().strip()).toLowerCase(Locale.ROOT);
        lastNameLower = f.lastName().strip().toLowerCase(Locale.ROOT);
        dateOfBirth = f.dateOfBirth();
        phone = f.phone();
        altPhone = f.altPhone();
        phoneDigits = com.pathway.clinic.Phones.searchDigits(phone, altPhone);
        email = f.email();
        emailLower = f.email() == null ? null : f.email().strip().toLowerCase(Locale.ROOT);
        preferredContact = f.preferredContact();
        preferredContactTime = f.preferredContactTime();
        source = f.source();
        campaignSource = f.campaignSource();
        campaignMedium = f.campaignMedium();
        campaignName = f.campaignName();
        referrerId = f.referrerId();
        conditionOfInterest = f.conditionOfInterest();
        payer = f.payer();
        selfPay = f.selfPay();
        consentPhoneAt = at(f.phoneConsent());
        consentPhoneSource = source(f.phoneConsent());
        consentSmsAt = at(f.smsConsent());
        consentSmsSource = source(f.smsConsent());
        consentEmailAt = at(f.emailConsent());
        consentEmailSource = source(f.emailConsent());
        privacyNoticeAt = at(f.privacyNotice());
        privacyNoticeSource = source(f.privacyNotice());
        tags = f.tags().isEmpty() ? null : String.join(",", f.tags());
        priority = f.priority() == null ? LeadPriority.NORMAL : f.priority();
        coordinator = f.coordinator();
        clinician = f.clinician();
        message = f.message();
        updatedAt = now;
    }

    public LeadForm toForm() {
        return new LeadForm(firstName, lastName, preferredName, dateOfBirth, phone, altPhone, email,
                preferredContact, preferredContactTime, source, campaignSource, campaignMedium, campaignName,
                referrerId, conditionOfInterest, payer, selfPay, consent(consentPhoneAt, consentPhoneSource),
                consent(consentSmsAt, consentSmsSource), consent(consentEmailAt, consentEmailSource),
                consent(privacyNoticeAt, privacyNoticeSource), tagList(), priority, coordinator, clinician, message);
    }

    /** Gives the lead a coordinator or clinician (a user name already checked), or clears it with {@code null}. */
    public void assign(com.pathway.clinic.AssignmentField field, String username, Instant now) {
        switch (field) {
            case COORDINATOR -> coordinator = username;
            case CLINICIAN -> clinician = username;
        }
        updatedAt = now;
    }

    /** The user name in the field, or {@code null}. */
    public String assignee(com.pathway.clinic.AssignmentField field) {
        return switch (field) {
            case COORDINATOR -> coordinator;
            case CLINICIAN -> clinician;
        };
    }

    public void recordScreening(String outcome, Instant now) {
        screeningOutcome = outcome;
        screeningRecordedAt = outcome == null ? null : now;
        updatedAt = now;
    }

    /** The lead no longer wants e-mail: the consent is gone, the changelog keeps when it was given. */
    public void withdrawEmailConsent(Instant now) {
        consentEmailAt = null;
        consentEmailSource = null;
        updatedAt = now;
    }

    public void recordTreatmentConsent(Instant at, Instant now) {
        treatmentConsentAt = at;
        treatmentConsentMethod = null;
        treatmentConsentBy = null;
        updatedAt = now;
    }

    /** The treatment consent: when it was signed, how it was taken and who took it. */
    public void recordTreatmentConsent(Instant at, String method, String takenBy, Instant now) {
        treatmentConsentAt = at;
        treatmentConsentMethod = method;
        treatmentConsentBy = takenBy;
        updatedAt = now;
    }

    public void prioritise(LeadPriority newPriority, Instant now) {
        priority = newPriority == null ? LeadPriority.NORMAL : newPriority;
        updatedAt = now;
    }

    /** This lead is a duplicate of the lead with key {@code survivorKey}, which keeps its data. */
    public void mergeInto(String survivorKey, Instant now) {
        mergedInto = survivorKey;
        updatedAt = now;
    }

    /** The key of the lead's work item (read model, kept with the row). */
    public String getItemKey() {
        return itemKey;
    }

    public String getMergedInto() {
        return mergedInto;
    }

    private List<String> tagList() {
        return tags == null ? List.of() : Arrays.stream(tags.split(",")).filter(t -> !t.isBlank()).toList();
    }

    private static Instant at(Consent consent) {
        return consent == null ? null : consent.at();
    }

    private static String source(Consent consent) {
        return consent == null ? null : consent.source();
    }

    private static Consent consent(Instant at, String source) {
        return at == null ? null : new Consent(at, source);
    }

    public Long getId() {
        return id;
    }

    public String getInquiryReference() {
        return inquiryReference;
    }

    public String getClinician() {
        return clinician;
    }

    public String getCoordinator() {
        return coordinator;
    }

    public LeadPriority getPriority() {
        return priority;
    }

    public String getScreeningOutcome() {
        return screeningOutcome;
    }

    public Instant getScreeningRecordedAt() {
        return screeningRecordedAt;
    }

    public Instant getTreatmentConsentAt() {
        return treatmentConsentAt;
    }

    public String getTreatmentConsentMethod() {
        return treatmentConsentMethod;
    }

    public String getTreatmentConsentBy() {
        return treatmentConsentBy;
    }

    /** When the lead entered its current status (the read model of its work item's status). */
    public String getStatus() {
        return status;
    }

    public Instant getStatusChangedAt() {
        return statusChangedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
