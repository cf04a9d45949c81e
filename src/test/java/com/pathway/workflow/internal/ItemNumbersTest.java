package com.pathway.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.pathway.support.IntegrationTest;

/**
 * Item numbers come from the project's counter a block at a time: they follow each other within one running
 * application, the counter's commit is paid once per block, and no number is ever given twice, whoever else
 * moves the counter.
 */
@IntegrationTest
class ItemNumbersTest {

    private static final AtomicInteger PROJECTS = new AtomicInteger();

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;

    /** Every counter this test opened, closed after it (each has a connection pool of its own). */
    private final List<ItemNumbers> opened = new ArrayList<>();

    @AfterEach
    void closeCounters() {
        opened.forEach(ItemNumbers::destroy);
    }

    private ItemNumbers numbers() {
        ItemNumbers numbers = new ItemNumbers(dataSource);
        opened.add(numbers);
        return numbers;
    }

    @Test
    void numbersFollowEachOtherAndTheCounterMovesOncePerBlock() {
        long project = newProject();
        int count = 2 * ItemNumbers.BLOCK + 1;

        List<Long> taken = take(numbers(), project, count);

        assertThat(taken).isEqualTo(LongStream.rangeClosed(1, count).boxed().toList());
        // three blocks reserved: the third's first number is in use, the rest are the next ones to hand out
        assertThat(counter(project)).isEqualTo(1 + 3L * ItemNumbers.BLOCK);
    }

    /** The demo data's loader reads the counter under a lock, numbers its items from there and moves it on. */
    @Test
    void numbersWrittenByAnotherWriterOfTheCounterAreNeverGivenAgain() {
        long project = newProject();
        ItemNumbers numbers = numbers();
        long first = numbers.take(project);
        long loaderFrom = counter(project);
        jdbc.update("update wf_project set next_number = next_number + 100 where id = ?", project);

        List<Long> later = take(numbers, project, ItemNumbers.BLOCK);

        assertThat(first).isEqualTo(1);
        assertThat(later).doesNotHaveDuplicates().doesNotContain(first)
                .noneMatch(n -> n >= loaderFrom && n < loaderFrom + 100)
                // the rest of the first block, then a block after the loader's numbers
                .startsWith(2L).contains((long) ItemNumbers.BLOCK, loaderFrom + 100);
    }

    /** Two applications on one database (or one restarted): each takes blocks of its own. */
    @Test
    void twoApplicationsOnOneDatabaseNeverGiveTheSameNumber() {
        long project = newProject();
        ItemNumbers one = numbers();
        ItemNumbers other = numbers();
        List<Long> all = new ArrayList<>();
        for (int i = 0; i < 3 * ItemNumbers.BLOCK; i++) {
            all.add(one.take(project));
            all.add(other.take(project));
        }

        assertThat(all).doesNotHaveDuplicates().allMatch(n -> n >= 1 && n < counter(project));
    }

    private static List<Long> take(ItemNumbers numbers, long project, int count) {
        List<Long> taken = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            taken.add(numbers.take(project));
        }
        return taken;
    }

    private long newProject() {
        String key = "NUM" + PROJECTS.incrementAndGet();
        jdbc.update("insert into wf_project (project_key, name, workflow_name, next_number, created_at)"
                + " values (?, ?, 'numbers', 1, ?)", key, "Numbers " + key, OffsetDateTime.now(ZoneOffset.UTC));
        return jdbc.queryForObject("select id from wf_project where project_key = ?", Long.class, key);
    }

    private long counter(long project) {
        return jdbc.queryForObject("select next_number from wf_project where id = ?", Long.class, project);
    }
}
