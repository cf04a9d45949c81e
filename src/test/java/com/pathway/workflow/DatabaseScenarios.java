package com.pathway.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.pathway.shared.ConflictException;
import com.pathway.shared.InvalidInputException;

/** What depends on the database (locks, bulk SQL): run on H2 and on PostgreSQL by the subclasses. */
abstract class DatabaseScenarios {

    static final int THREADS = 8;

    @Autowired
    WorkflowService workflow;

    @Autowired
    WorkflowAdminService admin;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void concurrentCreatorsGetDistinctGapFreeKeys() throws Exception {
        int perThread = 10;
        ConcurrentLinkedQueue<String> keys = new ConcurrentLinkedQueue<>();
        runTogether(thread -> {
            SignedIn.as("creator" + thread, "INTAKE_COORDINATOR");
            for (int i = 0; i < perThread; i++) {
                keys.add(workflow.create(new NewWorkItem("SMP", "TASK", "Parallel " + thread + "/" + i, null)).key());
            }
            return null;
        });

        List<Long> numbers = keys.stream().map(k -> Long.parseLong(k.substring("SMP-".length()))).sorted().toList();
        assertThat(numbers).hasSize(THREADS * perThread).doesNotHaveDuplicates();
        assertThat(numbers.getLast() - numbers.getFirst()).as("no gaps").isEqualTo(THREADS * perThread - 1);
    }

    /**
     * The number is taken in a short transaction of its own: a creator whose transaction is still open
     * does not hold up the next one, and a number of a rolled-back creation is never given again.
     */
    @Test
    void anOpenCreatingTransactionDoesNotHoldUpOthersAndARolledBackNumberIsNotReused() throws Exception {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        CountDownLatch created = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        java.util.concurrent.atomic.AtomicReference<String> rolledBack = new java.util.concurrent.atomic.AtomicReference<>();
        Thread slow = Thread.ofPlatform().start(() -> {
            SignedIn.as("slow", "INTAKE_COORDINATOR");
            try {
                tx.executeWithoutResult(status -> {
                    rolledBack.set(workflow.create(new NewWorkItem("SMP", "TASK", "Slow", null)).key());
                    created.countDown();
                    try {
                        finish.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    status.setRollbackOnly();
                });
            } finally {
                SignedIn.out();
            }
        });
        try {
            assertThat(created.await(30, TimeUnit.SECONDS)).isTrue();
            ExecutorService other = Executors.newSingleThreadExecutor();
            try {
                Future<String> next = other.submit(() -> {
                    SignedIn.as("quick", "INTAKE_COORDINATOR");
                    try {
                        return workflow.create(new NewWorkItem("SMP", "TASK", "Quick", null)).key();
                    } finally {
                        SignedIn.out();
                    }
                });
                String quick = next.get(10, TimeUnit.SECONDS);
                assertThat(number(quick)).isGreaterThan(number(rolledBack.get()));
            } finally {
                other.shutdownNow();
            }
        } finally {
            finish.countDown();
            slow.join(30_000);
        }
        SignedIn.as("after", "INTAKE_COORDINATOR");
        String after = workflow.create(new NewWorkItem("SMP", "TASK", "After", null)).key();
        assertThat(number(after)).as("the rolled-back number is a gap, never given twice")
                .isGreaterThan(number(rolledBack.get()) + 1);
        assertThat(jdbc.queryForObject("select count(*) from wf_item where item_key = ?", Long.class, rolledBack.get()))
                .isZero();
    }

    private static long number(String key) {
        return Long.parseLong(key.substring(key.indexOf('-') + 1));
    }

    @Test
    void whenManyRunTheSameTransitionExactlyOneWins() throws Exception {
        SignedIn.as("racer", "INTAKE_COORDINATOR");
        WorkItemView item = workflow.create(new NewWorkItem("SMP", "TASK", "Race", null));
        SignedIn.out();

        List<Object> outcomes = runTogether(thread -> {
            SignedIn.as("racer" + thread, "INTAKE_COORDINATOR");
            try {
                return workflow.transition(item.key(),
                        new TransitionRequest("Start", Map.of(), null, item.version()));
            } catch (ConflictException e) {
                return e;
            }
        });

        assertThat(outcomes).filteredOn(WorkItemView.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(ConflictException.class::isInstance).hasSize(THREADS - 1);
        SignedIn.as("racer", "INTAKE_COORDINATOR");
        assertThat(workflow.history(item.key(), PageRequest.of(0, 50)).getContent())
                .extracting(HistoryEntry::toStatus).containsExactly("Open", "In progress");
        assertThat(workflow.get(item.key()).version()).isEqualTo(item.version() + 1);
    }

    /** As from the item's page, where no version is sent: the loser still gets a conflict, never a second row. */
    @Test
    void withoutAnExpectedVersionExactlyOneOfManyWinsAndTheOthersAreToldWhy() throws Exception {
        SignedIn.as("racer", "INTAKE_COORDINATOR");
        WorkItemView item = workflow.create(new NewWorkItem("SMP", "TASK", "Race without a version", null));
        SignedIn.out();

        List<Object> outcomes = runTogether(thread -> {
            SignedIn.as("racer" + thread, "INTAKE_COORDINATOR");
            try {
                return workflow.transition(item.key(), new TransitionRequest("Start", Map.of(), null, null));
            } catch (ConflictException e) {
                return e;
            }
        });

        assertThat(outcomes).filteredOn(WorkItemView.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(ConflictException.class::isInstance).hasSize(THREADS - 1)
                .allSatisfy(e -> assertThat(((ConflictException) e).getMessage()).contains(item.key()));
        SignedIn.as("racer", "INTAKE_COORDINATOR");
        WorkItemView winner = (WorkItemView) outcomes.stream().filter(WorkItemView.class::isInstance).findFirst()
                .orElseThrow();
        assertThat(workflow.history(item.key(), PageRequest.of(0, 50)).getContent())
                .extracting(HistoryEntry::toStatus).containsExactly("Open", "In progress");
        assertThat(workflow.fieldChanges(item.key(), PageRequest.of(0, 50)).getContent())
                .extracting(FieldChange::field, FieldChange::newValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("assignee", winner.assignee()));
        assertThat(workflow.get(item.key()).version()).isEqualTo(item.version() + 1);
    }

    @Test
    void publishingAVersionThatRemovesAStatusMovesItsItemsByTheMapping() {
        SignedIn.as("ivy", "INTAKE_COORDINATOR");
        WorkItemView staying = workflow.create(new NewWorkItem("MIG", "TASK", "Stays in New", null));
        WorkItemView waiting = workflow.transition(
                workflow.create(new NewWorkItem("MIG", "TASK", "Waits", null)).key(), TransitionRequest.of("Wait"));
        SignedIn.as("root", "ADMIN");
        DefinitionSummary v2 = admin.importDefinition(SampleWorkflow.MIGRATING_WITHOUT_WAITING);

        assertThatThrownBy(() -> admin.publish("migrating", v2.version(), Map.of()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("mapping.Waiting"));
        assertThatThrownBy(() -> admin.publish("migrating", v2.version(), Map.of("Waiting", "Limbo")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("mapping.Waiting", "\"Limbo\" is not a status of this version."));

        DefinitionSummary published = admin.publish("migrating", v2.version(), Map.of("waiting", "On hold"));

        assertThat(published.state()).isEqualTo(DefinitionState.PUBLISHED);
        assertThat(published.publishedBy()).isEqualTo("root");
        WorkItemView moved = workflow.get(waiting.key());
        assertThat(moved.status()).isEqualTo("On hold");
        assertThat(moved.workflowVersion()).isEqualTo(v2.version());
        assertThat(moved.version()).isGreaterThan(waiting.version());
        assertThat(workflow.history(moved.key(), PageRequest.of(0, 10)).getContent().getLast()).satisfies(h -> {
            assertThat(h.transition()).isEqualTo(ItemTransitioned.MIGRATION);
            assertThat(h.fromStatus()).isEqualTo("Waiting");
            assertThat(h.toStatus()).isEqualTo("On hold");
            assertThat(h.actor()).isEqualTo("root");
        });
        assertThat(workflow.get(staying.key())).satisfies(i -> {
            assertThat(i.status()).isEqualTo("New");
            assertThat(i.workflowVersion()).isEqualTo(v2.version());
        });
        assertThat(workflow.availableTransitions(staying.key())).extracting(AvailableTransition::name)
                .containsExactly("Hold", "Close");
        assertThat(admin.definitions()).filteredOn(d -> d.name().equals("migrating"))
                .extracting(d -> d.version() + " " + d.state()).containsExactly("2 PUBLISHED", "1 RETIRED");
        assertThatThrownBy(() -> admin.publish("migrating", v2.version(), Map.of()))
                .isInstanceOf(ConflictException.class);
        assertThat(jdbc.queryForObject("select count(*) from wf_item i join wf_definition d on d.id = i.definition_id"
                + " where d.name = 'migrating' and d.state <> 'PUBLISHED'", Integer.class)).as("nothing orphaned")
                .isZero();
    }
    interface Work {
        Object run(int thread) throws Exception;
    }

    /** Starts all threads at the same moment; returns each one's result, failing on any other exception. */
    static List<Object> runTogether(Work work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Object>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                Callable<Object> task = () -> {
                    start.await();
                    try {
                        return work.run(thread);
                    } finally {
                        SignedIn.out();
                    }
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<Object> results = new ArrayList<>();
            for (Future<Object> f : futures) {
                results.add(f.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
