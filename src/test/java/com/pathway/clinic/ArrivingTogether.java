package com.pathway.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import com.pathway.clinic.internal.InquiryInbox;
import com.pathway.clinic.internal.InquiryIntake;

/**
 * Eight callers storing six inquiries each into the inbox at the same moments; each caller's third inquiry carries the
 * same Idempotency-Key. Checks that the key is stored once and refused to the
 * seven others, and that every other inquiry is stored once, with its own id and its key's answer.
 */
final class ArrivingTogether {

    private static final int CALLERS = 8;
    private static final int EACH = 6;

    private ArrivingTogether() {
    }

    /** Runs it and checks it; how many inquiries were stored (their leads not yet made). */
    static int receive(InquiryInbox inbox, InquiryIntake intake, JdbcTemplate jdbc, String keys) throws Exception {
        String shared = keys + "-shared";
        ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
        CyclicBarrier together = new CyclicBarrier(CALLERS);
        List<Callable<List<Object>>> work = new ArrayList<>();
        for (int c = 0; c < CALLERS; c++) {
            int caller = c;
            work.add(() -> {
                List<Object> outcomes = new ArrayList<>();
                for (int i = 0; i < EACH; i++) {
                    together.await(10, TimeUnit.SECONDS);
                    String reference = intake.newReference();
                    String key = i == 2 ? shared : keys + "-" + caller + "-" + i;
                    try {
                        long id = inbox.receive(intake.check(Leads.form("Together", "Caller" + caller + "x" + i,
                                Leads.phoneOfItsOwn().e164(), null)), reference, key, "sha-" + key, 201,
                                "{\"reference\":\"" + reference + "\"}");
                        outcomes.add(List.of(reference, id));
                    } catch (DataIntegrityViolationException taken) {
                        outcomes.add(key);
                    }
                }
                return outcomes;
            });
        }
        List<Object> outcomes = new ArrayList<>();
        try {
            for (Future<List<Object>> caller : pool.invokeAll(work)) {
                outcomes.addAll(caller.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(outcomes).as("the shared key, refused").filteredOn(shared::equals).hasSize(CALLERS - 1);
        List<?> stored = outcomes.stream().filter(List.class::isInstance).toList();
        assertThat(stored).hasSize(CALLERS * EACH - (CALLERS - 1));
        assertThat(stored.stream().map(row -> ((List<?>) row).get(1)).distinct()).as("ids").hasSize(stored.size());
        for (Object row : stored) {
            String reference = (String) ((List<?>) row).get(0);
            assertThat(jdbc.queryForObject("select count(*) from inquiry_inbox where reference = ?", Integer.class,
                    reference) + jdbc.queryForObject("select count(*) from lead where inquiry_reference = ?",
                            Integer.class, reference)).as(reference).isEqualTo(1);
        }
        assertThat(jdbc.queryForObject("select count(*) from inquiry_request where idempotency_key like ?",
                Integer.class, keys + "-%")).isEqualTo(stored.size());
        assertThat(jdbc.queryForObject("select response from inquiry_request where idempotency_key = ?", String.class,
                shared)).as("the shared key keeps the answer of the inquiry stored with it")
                .isIn(stored.stream().map(row -> "{\"reference\":\"" + ((List<?>) row).get(0) + "\"}").toList());
        return stored.size();
    }
}
