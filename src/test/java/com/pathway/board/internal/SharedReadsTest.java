package com.pathway.board.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class SharedReadsTest {

    private final SharedReads reads = new SharedReads();
    private final AtomicInteger made = new AtomicInteger();

    private String read() {
        return "read " + made.incrementAndGet();
    }

    @Test
    void aReadThatStartedAtTheMomentAskedForOrLaterIsSharedAndAnEarlierOneIsNot() {
        long since = System.nanoTime();
        String first = reads.read("board", since, this::read);

        assertThat(reads.read("board", since, this::read)).isSameAs(first);
        assertThat(reads.read("other board", since, this::read)).isEqualTo("read 2");
        assertThat(reads.read("board", System.nanoTime(), this::read)).as("asked as of later").isEqualTo("read 3");
        assertThat(made).hasValue(3);
    }

    @Test
    void viewersWhoAskWhileTheReadRunsWaitForItInsteadOfReadingAgain() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        long since = System.nanoTime();
        CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> reads.read("board", since, () -> {
            started.countDown();
            await(release);
            return read();
        }));
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<String> joiner = CompletableFuture.supplyAsync(() -> reads.read("board", since, this::read));
        Thread.sleep(50);
        assertThat(joiner).isNotDone();

        release.countDown();

        assertThat(reader.get(5, TimeUnit.SECONDS)).isEqualTo("read 1");
        assertThat(joiner.get(5, TimeUnit.SECONDS)).isEqualTo("read 1");
        assertThat(made).hasValue(1);
    }

    @Test
    void aFailedReadIsNotSharedAndTheNextViewerReadsForThemselves() {
        long since = System.nanoTime();
        assertThatThrownBy(() -> reads.read("board", since, () -> {
            throw new IllegalStateException("database gone");
        })).hasMessage("database gone");

        assertThat(reads.read("board", since, this::read)).isEqualTo("read 1");
        assertThat(reads.size()).isEqualTo(1);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
