package com.pathway.reporting.internal;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.pathway.clinic.ClinicWorkflow;
import com.pathway.clinic.LeadStages;
import com.pathway.workflow.ItemChanged;
import com.pathway.workflow.ItemCreated;
import com.pathway.workflow.ItemTransitioned;
import com.pathway.workflow.WorkflowPublished;

import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Keeps the per-lead summary ({@link PerLeadSummary}) in step with the leads. A lead created, moved or edited (its
 * fields, its coordinator or clinician, a merge) is noted in the transaction that changed it; just before that
 * transaction commits, its summary row is written again from the lead and its history as they then are, so the
 * row commits with the change or not at all. When the published workflow's stages differ from those the summary
 * was built for (after a publish, on a database the summary has not seen, after the data generator), the summary
 * is rebuilt in the background and the figures read the history meanwhile.
 */
@Component
class SummaryUpdates {

    private static final Logger log = LoggerFactory.getLogger(SummaryUpdates.class);

    private final PerLeadSummary summary;
    private final DayTotals days;
    private final ClinicWorkflow workflow;
    private final ExecutorService rebuilds = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "report-summary-rebuild");
        t.setDaemon(true);
        return t;
    });

    @PersistenceContext
    private EntityManager entityManager;

    SummaryUpdates(PerLeadSummary summary, DayTotals days, ClinicWorkflow workflow) {
        this.summary = summary;
        this.days = days;
        this.workflow = workflow;
    }

    @EventListener
    void on(ItemCreated event) {
        note(event.itemId(), true);
    }

    @EventListener
    void on(ItemTransitioned event) {
        note(event.itemId(), false);
    }

    @EventListener
    void on(ItemChanged event) {
        note(event.itemId(), false);
    }

    /**
     * A publish that moved items out of removed statuses changed their leads' rows past the events (their status
     * category, a cleared resolution), even when the stages stay the same: the summary is then rebuilt.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(WorkflowPublished event) {
        if (!event.moved().isEmpty()) {
            summary.markStale();
        }
        rebuildIfStale();
    }

    /** After the other start-up listeners, which may load leads past the events (the demo data). */
    @Order(Ordered.LOWEST_PRECEDENCE)
    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        rebuildIfStale();
    }

    /** Rebuilds in the background when the summary was not built for the published stages. */
    void rebuildIfStale() {
        rebuilds.execute(() -> {
            try {
                LeadStages stages = workflow.stages();
                if (PerLeadSummary.supports(stages) && !summary.current(stages)) {
                    summary.rebuild(stages); // and the daily totals after it
                } else if (summary.current(stages) && !days.current(stages)) {
                    days.rebuild(stages);
                }
            } catch (RuntimeException e) {
                log.warn("The report summary could not be rebuilt; the figures read the history meanwhile.", e);
            }
        });
    }

    /**
     * Adds up the days noted since the last figure was read, so that the notes do not pile up while nobody opens
     * the dashboard; one node at a time.
     */
    @Scheduled(fixedDelayString = "${pathway.reports.catch-up-interval:5m}",
            initialDelayString = "${pathway.reports.catch-up-interval:5m}")
    @SchedulerLock(name = "report-day-totals", lockAtMostFor = "30m")
    void catchUpDayTotals() {
        LeadStages stages = workflow.stages();
        if (days.current(stages)) {
            days.catchUp(stages);
        }
    }

    @PreDestroy
    void stop() {
        rebuilds.shutdownNow();
    }

    /** The leads of one transaction whose rows are written before it commits; those it created have none yet. */
    private static final class Pending {
        final Set<Long> created = new LinkedHashSet<>();
        final Set<Long> changed = new LinkedHashSet<>();
    }

    private void note(long itemId, boolean created) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            summary.refresh(Set.of(itemId), workflow.stages());
            return;
        }
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            Pending leads = new Pending();
            TransactionSynchronizationManager.bindResource(this, leads);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    // what the transaction wrote through JPA must be in the database before the rows are computed
                    entityManager.flush();
                    LeadStages stages = workflow.stages();
                    // a lead created in this transaction is seen by no other yet: nothing to lock or replace
                    summary.add(leads.created, stages);
                    leads.changed.removeAll(leads.created);
                    summary.refresh(leads.changed, stages);
                }

                /** Before the audit trail's, which locks the chain's head until the commit: not inside that lock. */
                @Override
                public int getOrder() {
                    return Ordered.LOWEST_PRECEDENCE - 100;
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(SummaryUpdates.this);
                }
            });
            pending = leads;
        }
        (created ? pending.created : pending.changed).add(itemId);
    }
}
