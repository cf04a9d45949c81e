package com.pathway.clinic.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.pathway.audit.AuditOutcome;
import com.pathway.audit.AuditRecord;
import com.pathway.audit.AuditService;
import com.pathway.clinic.LeadDetails;
import com.pathway.clinic.LeadForm;
import com.pathway.clinic.LeadProperties;
import com.pathway.shared.ClinicProperties;
import com.pathway.workflow.NewWorkItem;
import com.pathway.workflow.WorkItemView;
import com.pathway.workflow.WorkflowService;

/**
 * Creates leads: the work item in the clinic project, then the lead row with the same id, and the
 * audit line, in one transaction. Callers check who may do this.
 */
@Component
@Transactional
public class LeadWriter {

    private static final char[] REFERENCE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private final WorkflowService workflow;
    private final LeadRepository leads;
    private final ReferrerRepository referrers;
    private final AuditService audit;
    private final LeadForms forms;
    private final ClinicProperties clinic;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public LeadWriter(WorkflowService workflow, LeadRepository leads, ReferrerRepository referrers, AuditService audit,
            LeadProperties properties, ClinicProperties clinic, Clock clock) {
        this.workflow = workflow;
        this.leads = leads;
        this.referrers = referrers;
        this.audit = audit;
        this.forms = new LeadForms(new PhoneNumbers(properties.defaultRegion()), properties.conditions());
        this.clinic = clinic;
        this.clock = clock;
    }

    public LeadForms forms() {
        return forms;
    }

    /** Checks the form (every problem reported together) and gives it back ready to store. */
    public LeadForm check(LeadForm form) {
        return forms.check(form, LocalDate.now(clock.withZone(clinic.timeZone())), referrers::existsById);
    }

    public LeadDetails create(LeadForm form, String summary) {
        return create(check(form), summary, newReference());
    }

    /** Creates a lead from an already checked form, under the given inquiry reference. */
    public LeadDetails create(LeadForm checked, String summary, String reference) {
        WorkItemView item = workflow.create(new NewWorkItem(ClinicWorkflowPlugin.PROJECT, ClinicWorkflowPlugin.LEAD,
                summary, checked.coordinator()));
        Lead lead = leads.saveAndFlush(new Lead(item.id(), reference, checked, now()));
        audit.record(new AuditRecord("LEAD_CREATED", item.reporter(), "LEAD", item.key(), AuditOutcome.SUCCESS, null,
                Map.of("source", checked.source().name())));
        return details(item, lead);
    }

    /** A reference to give the person who sent an inquiry: short, random, easy to read out. */
    public String newReference() {
        StringBuilder reference = new StringBuilder("INQ-");
        for (int i = 0; i < 10; i++) {
            reference.append(REFERENCE_ALPHABET[random.nextInt(REFERENCE_ALPHABET.length)]);
        }
        return reference.toString();
    }

    public static LeadDetails details(WorkItemView item, Lead lead) {
        return new LeadDetails(item.key(), item.status(), item.category(), item.resolution(),
                lead.getInquiryReference(), lead.toForm(), lead.getScreeningOutcome() != null,
                lead.getScreeningRecordedAt(), lead.getScreeningOutcome(), lead.getTreatmentConsentAt(),
                lead.getCreatedAt(), lead.getUpdatedAt(), lead.getVersion(),
                lead.getMergedInto());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
