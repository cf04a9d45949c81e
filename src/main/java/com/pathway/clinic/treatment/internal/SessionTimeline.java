package com.pathway.clinic.treatment.internal;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;

import com.pathway.clinic.TimelineEntry;
import com.pathway.clinic.TimelineSource;
import com.pathway.security.CurrentUser;
import com.pathway.security.Role;
import com.pathway.shared.ClinicProperties;

/**
 * Sessions in the lead's timeline. Coordinators and clinicians see booked sessions marked done, missed or
 * cancelled, and booked sessions moved (a date and the attendance, nothing clinical; a session moved twice shows
 * its latest move); clinicians also see each infusion session record
 * given and whether it is signed (never a dose, a reading or a side effect). Managers and administrators see
 * none of it.
 */
@Component
@Order(5)
class SessionTimeline implements TimelineSource {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE MMM d, h:mm a", Locale.US);

    private final ScheduledSessionRepository schedule;
    private final InfusionSessionRepository sessions;
    private final CurrentUser currentUser;
    private final ClinicProperties clinic;

    SessionTimeline(ScheduledSessionRepository schedule, InfusionSessionRepository sessions, CurrentUser currentUser,
            ClinicProperties clinic) {
        this.schedule = schedule;
        this.sessions = sessions;
        this.currentUser = currentUser;
        this.clinic = clinic;
    }

    @Override
    public List<TimelineEntry> newest(String key, int limit) {
        boolean clinician = currentUser.hasRole(Role.CLINICIAN);
        if (!clinician && !currentUser.hasRole(Role.INTAKE_COORDINATOR)) {
            return List.of();
        }
        List<TimelineEntry> entries = new ArrayList<>();
        for (ScheduledSession s : schedule.findByItemKeyAndChangedAtIsNotNullOrderByChangedAtDescIdDesc(key, Limit.of(limit))) {
            entries.add(new TimelineEntry(s.getChangedAt(), "session", "Session " + s.getNumber() + " "
                    + s.getState().label().toLowerCase(Locale.ROOT),
                    List.of("Booked for " + WHEN.format(s.getScheduledAt().atZone(clinic.timeZone()))), s.getChangedBy()));
        }
        for (ScheduledSession s : schedule.findByItemKeyAndMovedAtIsNotNullOrderByMovedAtDescIdDesc(key, Limit.of(limit))) {
            entries.add(new TimelineEntry(s.getMovedAt(), "session", "Session " + s.getNumber() + " moved",
                    List.of("From " + WHEN.format(s.getMovedFrom().atZone(clinic.timeZone())) + " to "
                            + WHEN.format(s.getScheduledAt().atZone(clinic.timeZone()))), s.getMovedBy()));
        }
        if (clinician) {
            for (InfusionSession s : sessions.findByItemKeyOrderByStartedAtDescIdDesc(key, Limit.of(limit))) {
                entries.add(new TimelineEntry(s.getStartedAt(), "session", "Infusion session given",
                        List.of("Given by " + s.getStaffName(), s.isSigned() ? "Signed by " + s.getSignerName()
                                : "Draft, not signed yet"), s.getRecordedBy()));
            }
        }
        return entries;
    }
}
