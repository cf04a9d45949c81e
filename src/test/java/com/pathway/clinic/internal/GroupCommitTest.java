package com.pathway.clinic.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;

/** Callers arriving while a batch is written share the next one; each gets its own result or its own failure. */
class GroupCommitTest {

    private final ExecutorService callers = Executors.newCachedThreadPool();
    private final List<List<String>> transactions = new CopyOnWriteArrayList<>();
    private final CountDownLatch firstMayCommit = new CountDownLatch(1);
    private final CountDownLatch firstIsWritten = new CountDownLatch(1);

    @AfterEach
    void stop() {
        firstMayCommit.countDown();
        callers.shutdownNow();
    }

    /** Writes the items "in one transaction" (recorded), the first one held until the test lets it go. */
    private List<String> write(List<String> items) {
        if (transactions.isEmpty()) {
            firstIsWritten.countDown();
            try {
                firstMayCommit.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        transactions.add(List.copyOf(items));
        if (items.size() > 1 && items.stream().anyMatch(item -> item.startsWith("taken"))) {
            throw new DuplicateKeyException("one of the batch's keys is taken");
        }
        if (items.getFirst().startsWith("taken")) {
            throw new DuplicateKeyException(items.getFirst() + " is taken");
        }
        return items.stream().map(item -> "id of " + item).toList();
    }

    private List<Future<String>> whileTheFirstIsWritten(GroupCommit<String, String> group, List<String> others)
            throws Exception {
        List<Future<String>> answers = new ArrayList<>();
        answers.add(callers.submit(() -> group.write("first")));
        assertThat(firstIsWritten.await(10, TimeUnit.SECONDS)).isTrue();
        for (String item : others) {
            answers.add(callers.submit(() -> group.write(item)));
        }
        waitFor(() -> group.waiting() == others.size());
        firstMayCommit.countDown();
        return answers;
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 10 s").isLessThan(until);
            Thread.sleep(5);
        }
    }

    @Test
    void aCallerAloneWritesItsItemAtOnce() {
        firstMayCommit.countDown();
        GroupCommit<String, String> group = new GroupCommit<>(64, this::write);

        assertThat(group.write("alone")).isEqualTo("id of alone");
        assertThat(group.write("then another")).isEqualTo("id of then another");
        assertThat(transactions).containsExactly(List.of("alone"), List.of("then another"));
    }

    @Test
    void callersArrivingDuringACommitShareTheNextAndEachGetsItsOwnResult() throws Exception {
        GroupCommit<String, String> group = new GroupCommit<>(64, this::write);

        List<Future<String>> answers = whileTheFirstIsWritten(group, List.of("a", "b", "c", "d", "e"));

        List<String> results = new ArrayList<>();
        for (Future<String> answer : answers) {
            results.add(answer.get(10, TimeUnit.SECONDS));
        }
        assertThat(results).containsExactly("id of first", "id of a", "id of b", "id of c", "id of d", "id of e");
        assertThat(transactions).hasSize(2);
        assertThat(transactions.get(0)).containsExactly("first");
        assertThat(transactions.get(1)).containsExactlyInAnyOrder("a", "b", "c", "d", "e");
        assertThat(group.waiting()).isZero();
    }

    @Test
    void aBatchHoldsAtMostItsLimit() throws Exception {
        GroupCommit<String, String> group = new GroupCommit<>(2, this::write);

        List<Future<String>> answers = whileTheFirstIsWritten(group, List.of("a", "b", "c", "d", "e"));

        for (Future<String> answer : answers) {
            assertThat(answer.get(10, TimeUnit.SECONDS)).startsWith("id of ");
        }
        assertThat(transactions).hasSize(4).allSatisfy(batch -> assertThat(batch).hasSizeLessThanOrEqualTo(2));
        assertThat(transactions.stream().mapToInt(List::size).sum()).isEqualTo(6);
    }

    @Test
    void anItemThatCannotBeStoredFailsAloneAndTheOthersAreStored() throws Exception {
        GroupCommit<String, String> group = new GroupCommit<>(64, this::write);

        List<Future<String>> answers = whileTheFirstIsWritten(group, List.of("a", "taken key", "c"));

        assertThat(answers.get(0).get(10, TimeUnit.SECONDS)).isEqualTo("id of first");
        assertThat(answers.get(1).get(10, TimeUnit.SECONDS)).isEqualTo("id of a");
        assertThatThrownBy(() -> answers.get(2).get(10, TimeUnit.SECONDS))
                .hasCauseInstanceOf(DuplicateKeyException.class).hasMessageContaining("taken key is taken");
        assertThat(answers.get(3).get(10, TimeUnit.SECONDS)).isEqualTo("id of c");
        // The batch of three failed together, then each was written on its own.
        assertThat(transactions.get(1)).hasSize(3);
        assertThat(transactions.subList(2, 5)).containsExactlyInAnyOrder(List.of("a"), List.of("taken key"),
                List.of("c"));
    }

    @Test
    void aWriterThatBreaksLeavesNoCallerWaiting() throws Exception {
        GroupCommit<String, String> group = new GroupCommit<>(64, items -> {
            if (transactions.isEmpty()) {
                write(items);
            } else {
                transactions.add(items);
            }
            throw new AssertionError("broken");
        });

        List<Future<String>> answers = whileTheFirstIsWritten(group, List.of("a", "b"));

        for (Future<String> answer : answers) {
            assertThatThrownBy(() -> answer.get(10, TimeUnit.SECONDS)).isInstanceOf(
                    java.util.concurrent.ExecutionException.class);
        }
        firstMayCommit.countDown();
        assertThat(group.waiting()).isZero();
    }
}
