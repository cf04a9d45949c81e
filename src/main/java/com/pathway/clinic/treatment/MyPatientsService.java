package com.pathway.clinic.treatment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.pathway.clinic.LeadFilter;
import com.pathway.clinic.LeadService;
import com.pathway.clinic.LeadSummary;
import com.pathway.clinic.internal.ClinicStatuses;
import com.pathway.clinic.outcomes.LatestScore;
import com.pathway.clinic.outcomes.OutcomeService;
import com.pathway.clinic.treatment.internal.CourseProgresses;
import com.pathway.clinic.treatment.internal.InfusionSession;
import com.pathway.clinic.treatment.internal.InfusionSessionRepository;
import com.pathway.clinic.treatment.internal.TreatmentAudit;
import com.pathway.clinic.treatment.internal.TreatmentCourse;
import com.pathway.clinic.treatment.internal.TreatmentCourseRepository;
import com.pathway.security.Access;
import com.pathway.security.CurrentUser;

/**
 * A clinician's own patients: the leads assigned to them that are in a clinical status (the workflow's
 * {@code clinical} property), read through the lead search and so through the one read rule, one page at
 * a time, each with its course's progress (and whether it is at risk of dropping off), next session, the latest
 * session's notable side effects and the latest questionnaire scores with their change since the baseline.
 */
@Service
@Transactional // not read-only: the list is audited
public class MyPatientsService {

    private final LeadService leads;
    private final ClinicStatuses statuses;
    private final TreatmentCourseRepository courses;
    private final InfusionSessionRepository sessions;
    private final TreatmentAudit audit;
    private final CurrentUser currentUser;
    private final CourseProgresses progresses;
    private final OutcomeService outcomes;

    public MyPatientsService(LeadService leads, ClinicStatuses statuses, TreatmentCourseRepository courses,
            InfusionSessionRepository sessions, TreatmentAudit audit, CurrentUser currentUser,
            CourseProgresses progresses, OutcomeService outcomes) {
        this.progresses = progresses;
        this.outcomes = outcomes;
        this.leads = leads;
        this.statuses = statuses;
        this.courses = courses;
        this.sessions = sessions;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    @PreAuthorize(Access.CLINICIAN)
    public Page<PatientRow> page(Pageable pageable) {
        String me = currentUser.username().orElseThrow(() -> new IllegalStateException("No signed-in user"));
        LeadFilter mine = new LeadFilter(null, null, me, null, null, null, null, null, null, false, null,
                List.copyOf(statuses.clinical()), null);
        Page<LeadSummary> page = leads.search(mine, pageable);
        List<String> keys = page.getContent().stream().map(LeadSummary::key).toList();
        Map<String, TreatmentCourse> newest = new HashMap<>();
        if (!keys.isEmpty()) {
            courses.findByItemKeyInOrderByCreatedAtAscIdAsc(keys).forEach(c -> newest.put(c.getItemKey(), c));
        }
        Map<Long, CourseProgress> progress = progresses.of(newest.values());
        Map<Long, List<String>> notable = new HashMap<>();
        List<Long> ids = newest.values().stream().map(TreatmentCourse::getId).toList();
        if (!ids.isEmpty()) {
            for (InfusionSession s : sessions.latestSigned(ids)) {
                notable.put(s.getCourseId(), s.form().sideEffects().stream().filter(e -> e.severity().notable())
                        .map(e -> e.effect() + " (" + e.severity().label().toLowerCase() + ")").distinct().toList());
            }
        }
        Map<String, List<LatestScore>> scores = outcomes.latest(keys);
        audit.listed(TreatmentAudit.MY_PATIENTS_VIEWED, keys);
        return page.map(l -> {
            TreatmentCourse c = newest.get(l.key());
            return new PatientRow(l.key(), l.firstName() + " " + l.lastName(), l.status(),
                    c == null ? null : progress.get(c.getId()),
                    c == null ? List.of() : notable.getOrDefault(c.getId(), List.of()),
                    scores.getOrDefault(l.key(), List.of()));
        });
    }
}
