package com.pathway.clinic.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import com.pathway.clinic.AssignmentField;
import com.pathway.clinic.TimelineEntry;
import com.pathway.clinic.TimelineSource;
import com.pathway.security.StaffDirectory;
import com.pathway.workflow.FieldChange;
import com.pathway.workflow.WorkflowService;

/**
 * The lead's field changes in its timeline, from the item's changelog: the changes one person saved
 * at one moment make one entry, a line per field. A change of the coordinator or the clinician on its own
 * is an assignment ("Assigned to Dana Reyes (clinician)"), people named by their display names.
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
    private final StaffDirectory staff;

    ChangeTimeline(WorkflowService workflow, StaffDirectory staff) {
        this.workflow = workflow;
        this.staff = staff;
    }

    @Override
    public List<TimelineEntry> newest(String key, int limit) {
        List<FieldChange> changes = workflow.fieldChangesNewestFirst(key, PageRequest.of(0, limit)).getContent();
        Map<String, String> names = names(changes);
        List<TimelineEntry> entries = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= changes.size(); i++) {
            if (i == changes.size() || !sameSave(changes.get(start), changes.get(i))) {
                entries.add(entry(changes.subList(start, i), names));
                start = i;
            }
        }
        return entries;
    }

    /** The display names of the people the assignment changes name, read once for the page. */
    private Map<String, String> names(List<FieldChange> changes) {
        Set<String> usernames = new HashSet<>();
        changes.stream().filter(c -> AssignmentField.ofUserField(c.field()).isPresent()).forEach(c -> {
            usernames.add(c.oldValue());
            usernames.add(c.newValue());
        });
        usernames.remove(null);
        Map<String, String> names = new HashMap<>();
        staff.find(usernames).forEach((username, member) -> names.put(username, member.displayName()));
        return names;
    }

    private static boolean sameSave(FieldChange a, FieldChange b) {
        return Objects.equals(a.actor(), b.actor()) && Objects.equals(a.occurredAt(), b.occurredAt());
    }

    private static TimelineEntry entry(List<FieldChange> save, Map<String, String> names) {
        // The changelog is read newest first; within one save, show the fields in the order saved.
        List<String> lines = save.reversed().stream().map(c -> line(c, names)).toList();
        FieldChange first = save.get(0);
        Optional<AssignmentField> assignment = AssignmentField.ofUserField(first.field());
        if (save.size() == 1 && assignment.isPresent()) {
            String role = assignment.get().label().toLowerCase(Locale.ROOT);
            String title = first.newValue() == null ? assignment.get().label() + " unassigned"
                    : "Assigned to " + person(first.newValue(), names) + " (" + role + ")";
            return new TimelineEntry(first.occurredAt(), "assignment", title, lines, first.actor());
        }
        String title = save.size() == 1 ? label(first.field()) + " changed" : "Lead details changed";
        return new TimelineEntry(first.occurredAt(), "change", title, lines, first.actor());
    }

    private static String line(FieldChange c, Map<String, String> names) {
        if (AssignmentField.ofUserField(c.field()).isPresent()) {
            return label(c.field()) + ": " + (c.oldValue() == null ? "(none)" : person(c.oldValue(), names)) + " → "
                    + (c.newValue() == null ? "(none)" : person(c.newValue(), names));
        }
        return label(c.field()) + ": " + shown(c.oldValue()) + " → " + shown(c.newValue());
    }

    private static String person(String username, Map<String, String> names) {
        return names.getOrDefault(username, username);
    }

    static String label(String field) {
        return LABELS.getOrDefault(field, field);
    }

    private static String shown(String value) {
        return value == null ? "(empty)" : value;
    }
}
