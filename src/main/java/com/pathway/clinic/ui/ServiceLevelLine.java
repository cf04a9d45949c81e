package com.pathway.clinic.ui;

import java.time.Clock;
import java.time.Instant;

import com.pathway.clinic.LeadServiceLevels;
import com.pathway.tasks.ServiceLevels;
import com.pathway.tasks.ui.TaskWords;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * The lead's next service-level target in the clinic's business hours: "First response: 2 h left" or
 * "Consultation: missed by 1 business day"; the targets already met in words after it.
 */
class ServiceLevelLine extends Div {

    private final ServiceLevels levels;
    private final Clock clock;

    ServiceLevelLine(ServiceLevels levels, Clock clock) {
        this.levels = levels;
        this.clock = clock;
        setId("lead-sla");
        addClassName("lead-sla");
    }

    void show(LeadServiceLevels sla) {
        removeAll();
        setVisible(sla != null);
        if (sla == null) {
            return;
        }
        Instant now = clock.instant();
        if (sla.nextDueAt() != null) {
            Span next = new Span(TaskWords.target(sla.nextTarget(), levels.remaining(sla.nextDueAt(), now),
                    sla.breachedAt(now), levels.hours().dayLength()));
            next.setId("lead-sla-next");
            next.addClassName(sla.breachedAt(now) ? "lead-sla-missed" : "lead-sla-open");
            add(next);
        }
        if (sla.firstContactAt() != null) {
            add(met("First contact", sla.firstContactAt(), sla.firstResponseDueAt()));
        }
        if (sla.consultationAt() != null) {
            add(met("Consultation booked", sla.consultationAt(), sla.consultationDueAt()));
        }
    }

    private Span met(String what, Instant at, Instant due) {
        boolean inTime = due == null || !at.isAfter(due);
        Span span = new Span(what + (inTime ? " in time" : " late"));
        span.addClassName(inTime ? "lead-sla-met" : "lead-sla-late");
        return span;
    }
}
