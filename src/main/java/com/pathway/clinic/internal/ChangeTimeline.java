package com.pathway.clinic.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import com.pathway.clinic.TimelineEntry;
import com.pathway.clinic.TimelineSource;
import com.pathway.workflow.FieldChange;
import com.pathway.workflow.WorkflowService;

/**
 * The lead's field changes in its timeline, from the item's changelog: the changes one person saved
 * at one moment make one entry, a line per field.
 */
@Component
@Order(2)
class ChangeTimeline implements TimelineSource {

    private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("firstName", "First name"),
            Map.entry("lastName", "Last name"), Map.entry("preferredName", "Preferred name"),
            Map.entry("dateOfBirth", "Date of birth"), Map.entry("phone", "Phone"),
            Map.entry("altPhone", "Other phone"), Map.entry("email", "E-mail"),
            Map.entry("preferredContact", "Preferred contact"),
            Map.entry("preferredContactTime", "Best time to reach"), Map.entry("source", "Source"),
            Map.entry("campaignSource", "Campaign source"), Map.entry("campaignMedium", "Campaign medium"),
            Map.entry("campaignName", "Campaign"), Map.entry("referrerId", "Referrer"),
            Map.entry("conditionOfInterest", "Condition of interest"), Map.entry("payer", "Payer"),
            Map.entry("selfPay", "Self-pay"), Map.entry("phoneConsent", "Consent to calls"),
            Map.entry("smsConsent", "Consent to text messages"), Map.entry("emailConsent", "Consent to e-mail"),
            Map.entry("privacyNotice", "Privacy notice"), Map.entry("tags", "Tags"),
            Map.entry("priority", "Priority"), Map.entry("coordinator", "Coordinator"),
            Map.entry("clinician", "Clinician"), Map.entry("message", "Message"),
            Map.entry("screeningOutcome", "Screening outcome"),
            Map.entry("treatmentConsentAt", "Treatment consent signed"), Map.entry("assignee", "Assignee"),
            Map.entry("resolution", "Resolution"), Map.entry("summary", "Summary"),
            Map.entry("appointment", "Appointment"));

    private final WorkflowService workflow;

    ChangeTimeline(WorkflowService workflow) {
        this.workflow = workflow;
    }

    @Override
    public List<TimelineEntry> newest(String key, int limit) {
        List<FieldChange> changes = workflow.fieldChangesNewestFirst(key, PageRequest.of(0, limit)).getContent();
        List<TimelineEntry> entries = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= changes.size(); i++) {
            if (i == changes.size() || !sameSave(changes.get(start), changes.get(i))) {
                entries.add(entry(changes.subList(start, i)));
                start = i;
            }
        }
        return entries;
    }

    private static boolean sameSave(FieldChange a, FieldChange b) {
        return Objects.equals(a.actor(), b.actor()) && Objects.equals(a.occurredAt(), b.occurredAt());
    }

    private static TimelineEntry entry(List<FieldChange> save) {
        // The changelog is read newest first; within one save, show the fields in the order saved.
        List<String> lines = save.reversed().stream().map(ChangeTimeline::line).toList();
        FieldChange first = save.get(0);
        String title = save.size() == 1 ? label(first.field()) + " changed" : "Lead details changed";
        return new TimelineEntry(first.occurredAt(), "change", title, lines, first.actor());
    }

    private static String line(FieldChange c) {
        return label(c.field()) + ": " + shown(c.oldValue()) + " → " + shown(c.newValue());
    }

    static String label(String field) {
        return LABELS.getOrDefault(field, field);
    }

    private static String shown(String value) {
        return value == null ? "(empty)" : value;
    }
}
