package com.pathway.clinic.treatment.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.pathway.audit.AuditOutcome;
import com.pathway.audit.AuditRecord;
import com.pathway.audit.AuditService;

/**
 * The treatment records' lines in the audit trail, on the lead (entity {@code LEAD}, its key), with ids
 * and states but never a dose, a reading or a side effect.
 */
@Component
public class TreatmentAudit {

    public static final String COURSE_VIEWED = "TREATMENT_COURSE_VIEWED";
    public static final String COURSE_STARTED = "TREATMENT_COURSE_STARTED";
    public static final String COURSE_CHANGED = "TREATMENT_COURSE_CHANGED";
    public static final String COURSE_STOPPED = "TREATMENT_COURSE_STOPPED";
    public static final String COURSE_COMPLETED = "TREATMENT_COURSE_COMPLETED";
    public static final String SESSION_VIEWED = "INFUSION_SESSION_VIEWED";
    public static final String SESSION_RECORDED = "INFUSION_SESSION_RECORDED";
    public static final String SESSION_CHANGED = "INFUSION_SESSION_CHANGED";
    public static final String SESSION_SIGNED = "INFUSION_SESSION_SIGNED";
    public static final String SESSION_ADDENDUM = "INFUSION_SESSION_ADDENDUM_WRITTEN";
    public static final String SESSION_MARKED = "BOOKED_SESSION_MARKED";
    public static final String SESSION_MOVED = "BOOKED_SESSION_MOVED";
    public static final String SESSION_BOOKED = "BOOKED_SESSION_ADDED";
    public static final String TEMPLATE_CHANGED = "COURSE_TEMPLATE_CHANGED";
    public static final String SUMMARY_PRINTED = "INFUSION_SESSION_SUMMARY_VIEWED";
    public static final String MY_PATIENTS_VIEWED = "MY_PATIENTS_VIEWED";
    public static final String OPTION_CHANGED = "TREATMENT_OPTION_CHANGED";
    public static final String THRESHOLD_CHANGED = "VITAL_THRESHOLD_CHANGED";

    private final AuditService audit;

    public TreatmentAudit(AuditService audit) {
        this.audit = audit;
    }

    public void onLead(String action, String key, Object... details) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < details.length; i += 2) {
            if (details[i + 1] != null) {
                map.put((String) details[i], details[i + 1]);
            }
        }
        audit.record(new AuditRecord(action, null, "LEAD", key, AuditOutcome.SUCCESS, null, map));
    }

    /** The leads a list showed with their treatment records. */
    public void listed(String action, List<String> keys) {
        if (!keys.isEmpty()) {
            audit.recordWithKeys(new AuditRecord(action, null, "LEAD", null, AuditOutcome.SUCCESS, null, Map.of()), keys);
        }
    }

    /** A session that is not on this lead was asked for: recorded even though the caller's transaction rolls back. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void denied(String key, long sessionId) {
        audit.record(new AuditRecord(SESSION_VIEWED, null, "LEAD", key, AuditOutcome.DENIED, null,
                Map.of("session", sessionId)));
    }

    public void template(String name, String change) {
        audit.record(new AuditRecord(TEMPLATE_CHANGED, null, "COURSE_TEMPLATE", name, AuditOutcome.SUCCESS, null,
                Map.of("change", change)));
    }

    public void option(String kind, String label, String change) {
        audit.record(new AuditRecord(OPTION_CHANGED, null, "TREATMENT_OPTION", kind, AuditOutcome.SUCCESS, null,
                Map.of("label", label, "change", change)));
    }

    /** A change to the clinic's range of a vital sign: which sign, from what to what. */
    public void threshold(String sign, String change) {
        audit.record(new AuditRecord(THRESHOLD_CHANGED, null, "VITAL_THRESHOLD", sign, AuditOutcome.SUCCESS, null,
                Map.of("change", change)));
    }
}
