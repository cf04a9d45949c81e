package com.pathway.clinic.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.pathway.audit.AuditOutcome;
import com.pathway.audit.AuditRecord;
import com.pathway.audit.AuditService;
import com.pathway.clinic.AssignmentField;
import com.pathway.clinic.LeadAssigned;
import com.pathway.clinic.LeadDetails;
import com.pathway.clinic.LeadForm;
import com.pathway.clinic.LeadProperties;
import com.pathway.clinic.StatusAge;
import com.pathway.security.CurrentUser;
import com.pathway.shared.ClinicProperties;
import com.pathway.tasks.ServiceLevels;
import com.pathway.workflow.NewWorkItem;
import com.pathway.workflow.WorkItemView;
import com.pathway.workflow.WorkflowService;

/**
 * Creates leads: the work item in the clinic project (a type only the clinic creates) with its user
 * fields, then the lead row with the same id, and the audit line, in one transaction. Callers check who may do this.
 */
@Component
@Transactional
public class LeadWriter {

    /** The user field that names a lead's intake coordinator. */
    public static final String COORDINATOR = AssignmentField.COORDINATOR.userField();

    private static final char[] REFERENCE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private final WorkflowService workflow;
    private final ClinicWorkflowPlugin plugin;
    private final LeadRepository leads;
    private final ReferrerRepository referrers;
    private final AuditService audit;
    private final LeadForms forms;
    private final ClinicProperties clinic;
    private final ClinicStatuses statuses;
    private final ServiceLevels serviceLevels;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final Appointments appointments;
    private final SecureRandom random = new SecureRandom();

    public LeadWriter(WorkflowService workflow, ClinicWorkflowPlugin plugin, LeadRepository leads, ReferrerRepository referrers, AuditService audit,
            LeadProperties properties, ClinicProperties clinic, ClinicStatuses statuses, ServiceLevels serviceLevels,
            Clock clock, ApplicationEventPublisher events, CurrentUser currentUser, Appointments appointments) {
        this.serviceLevels = serviceLevels;
        this.events = events;
        this.currentUser = currentUser;
        this.workflow = workflow;
        this.plugin = plugin;
        this.leads = leads;
        this.referrers = referrers;
        this.audit = audit;
        this.forms = new LeadForms(new PhoneNumbers(properties.defaultRegion()), properties.conditions());
        this.clinic = clinic;
        this.statuses = statuses;
        this.clock = clock;
        this.appointments = appointments;
    }

    public LeadForms forms() {
        return forms;
    }

    /** Checks the form (every problem reported together) and gives it back ready to store. */
    public LeadForm check(LeadForm form) {
        return forms.check(form, LocalDate.now(clock.withZone(clinic.timeZone())), referrers::existsById);
    }

    public LeadDetails create(LeadForm form, String summary) {
        Created created = insert(check(form), summary, newReference());
        return details(created.item(), created.lead());
    }

    /**
     * Creates a lead from an already checked form under the given inquiry reference, and gives its key alone: for
     * callers that answer with no more (the web form, an import), so nothing is read back for them.
     */
    public String store(LeadForm checked, String summary, String reference) {
        return insert(checked, summary, reference).item().key();
    }

    private Created insert(LeadForm checked, String summary, String reference) {
        Map<String, String> userFields = new HashMap<>();
        userFields.put(COORDINATOR, checked.coordinator());
        userFields.put(LeadAccess.CLINICIAN, checked.clinician());
        WorkItemView item = workflow.create(plugin, new NewWorkItem(ClinicWorkflowPlugin.PROJECT,
                ClinicWorkflowPlugin.LEAD, summary, checked.coordinator()), userFields);
        Lead fresh = new Lead(item, reference, checked, now());
        fresh.startServiceLevels(serviceLevels.firstResponseDue(item.createdAt()),
                serviceLevels.consultationDue(item.createdAt()));
        Lead lead = leads.saveAndFlush(fresh);
        audit.record(new AuditRecord("LEAD_CREATED", item.reporter(), "LEAD", item.key(), AuditOutcome.SUCCESS, null,
                Map.of("source", checked.source().name())));
        return new Created(item, lead);
    }

    private record Created(WorkItemView item, Lead lead) {
    }

    /**
     * Gives the engine a lead's new coordinator and clinician (its user fields, which the read rule
     * names) when they changed; call it in the transaction that saved the lead.
     */
    public void userFieldsChanged(String key, LeadForm before, LeadForm after) {
        reassigned(key, AssignmentField.COORDINATOR, before.coordinator(), after.coordinator());
        reassigned(key, AssignmentField.CLINICIAN, before.clinician(), after.clinician());
    }

    /**
     * When an edit cleared the lead's e-mail consent (the changelog already says so): announces
     * {@link com.pathway.clinic.EmailConsentWithdrawn} in this transaction, so pending e-mail stops with it.
     */
    public void emailConsentChanged(long leadId, String key, LeadForm before, LeadForm after) {
        if (before.emailConsent() != null && after.emailConsent() == null) {
            events.publishEvent(new com.pathway.clinic.EmailConsentWithdrawn(leadId, key,
                    "lead edited by " + currentUser.usernameOrSystem(), now()));
        }
    }

    /**
     * When a lead's coordinator or clinician changed (the lead row already saved): sets the engine's
     * user field, which writes the changelog, and announces {@link LeadAssigned} in this transaction.
     */
    public void reassigned(String key, AssignmentField field, String before, String after) {
        if (Objects.equals(before, after)) {
            return;
        }
        workflow.setUserField(key, field.userField(), after);
        events.publishEvent(new LeadAssigned(key, field.userField(), before, after, currentUser.usernameOrSystem(),
                now()));
    }

    /** A reference to give the person who sent an inquiry: short, random, easy to read out. */
    public String newReference() {
        StringBuilder reference = new StringBuilder("INQ-");
        for (int i = 0; i < 10; i++) {
            reference.append(REFERENCE_ALPHABET[random.nextInt(REFERENCE_ALPHABET.length)]);
        }
        return reference.toString();
    }

    /**
     * The lead as callers see it, with how long it has been in its status now against the status's
     * overdue limit in the published workflow, and its current appointment.
     */
    public LeadDetails details(WorkItemView item, Lead lead) {
        StatusAge age = new StatusAge(lead.getStatusChangedAt(), statuses.overdueLimit(item.status()).orElse(null),
                clock.instant());
        return new LeadDetails(item.key(), item.status(), item.category(), item.resolution(),
                lead.getInquiryReference(), lead.toForm(), lead.getScreeningOutcome() != null,
                lead.getScreeningRecordedAt(), lead.getScreeningOutcome(), lead.getTreatmentConsentAt(),
                lead.getCreatedAt(), lead.getUpdatedAt(), lead.getVersion(),
                lead.getMergedInto(), age, appointments.shown(lead.getId()).orElse(null), lead.serviceLevels());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
