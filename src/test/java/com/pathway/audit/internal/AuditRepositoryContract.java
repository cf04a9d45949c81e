package com.pathway.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import com.pathway.audit.AuditFilter;
import com.pathway.audit.AuditOutcome;

/** Filters and paging of the audit trail; run on H2 and on PostgreSQL by the subclasses. */
@org.springframework.transaction.annotation.Transactional
abstract class AuditRepositoryContract {

    static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    @Autowired
    AuditEntryRepository entries;
    @Autowired
    TestEntityManager em;

    void entry(int minutes, String actor, String action) {
        entries.save(new AuditEntry(T0.plusSeconds(60L * minutes), actor, action, "USER", "1", AuditOutcome.SUCCESS,
                "10.0.0.1", "{\"k\":\"v\"}"));
    }

    void someEntries() {
        entry(0, "maria", "LOGIN_SUCCESS");
        entry(1, "maria", "USER_CREATED");
        entry(2, "bob", "LOGIN_FAILURE");
        entry(3, "bob", "LOGIN_SUCCESS");
        entry(4, "admin", "USER_UPDATED");
        em.flush();
        em.clear();
    }

    @Test
    void storesEveryFieldInUtc() {
        entry(0, "maria", "LOGIN_SUCCESS");
        em.flush();
        em.clear();
        AuditEntry stored = entries.search(AuditFilter.none(), PageRequest.of(0, 1)).getContent().getFirst();
        assertThat(stored.getOccurredAt()).isEqualTo(T0);
        assertThat(stored.getOutcome()).isEqualTo(AuditOutcome.SUCCESS);
        assertThat(stored.getClientAddress()).isEqualTo("10.0.0.1");
        assertThat(stored.getDetails()).isEqualTo("{\"k\":\"v\"}");
    }

    @Test
    void filtersByActorIgnoringCaseAndSurroundingBlanks() {
        someEntries();
        assertThat(actions(new AuditFilter(" Maria ", null, null, null)))
                .containsExactly("USER_CREATED", "LOGIN_SUCCESS");
        assertThat(actions(new AuditFilter("mar", null, null, null))).as("exact user name, not a part").isEmpty();
    }

    @Test
    void filtersByActionAndTimeWithAnInclusiveStartAndExclusiveEnd() {
        someEntries();
        assertThat(actors(new AuditFilter(null, "LOGIN_SUCCESS", null, null))).containsExactly("bob", "maria");
        assertThat(actions(new AuditFilter(null, null, T0.plusSeconds(60), T0.plusSeconds(180))))
                .containsExactly("LOGIN_FAILURE", "USER_CREATED");
        assertThat(actions(new AuditFilter("bob", "LOGIN_SUCCESS", T0, T0.plusSeconds(600))))
                .containsExactly("LOGIN_SUCCESS");
        assertThat(entries.count(new AuditFilter(null, null, T0.plusSeconds(120), null))).isEqualTo(3);
        assertThat(entries.count(AuditFilter.none())).isEqualTo(5);
    }

    @Test
    void pagesNewestFirstInTheDatabase() {
        someEntries();
        Page<AuditEntry> page = entries.search(AuditFilter.none(),
                PageRequest.of(1, 2, Sort.by(Sort.Direction.DESC, "occurredAt")));
        assertThat(page.getTotalElements()).isEqualTo(5);
        assertThat(page.getContent()).extracting(AuditEntry::getAction).containsExactly("LOGIN_FAILURE", "USER_CREATED");
    }

    @Test
    void listsTheDistinctActionsInOrder() {
        someEntries();
        assertThat(entries.distinctActions())
                .containsExactly("LOGIN_FAILURE", "LOGIN_SUCCESS", "USER_CREATED", "USER_UPDATED");
    }

    @Test
    void changesToALoadedEntryAreNeverWritten() throws Exception {
        entry(0, "maria", "LOGIN_SUCCESS");
        em.flush();
        em.clear();
        AuditEntry loaded = entries.search(AuditFilter.none(), PageRequest.of(0, 1)).getContent().getFirst();
        // there is no setter; even a forced change must not reach the database (@Immutable)
        var field = AuditEntry.class.getDeclaredField("actor");
        field.setAccessible(true);
        field.set(loaded, "mallory");
        em.flush();
        em.clear();
        assertThat(entries.search(AuditFilter.none(), PageRequest.of(0, 1)).getContent().getFirst().getActor())
                .isEqualTo("maria");
    }

    private List<String> actions(AuditFilter filter) {
        return entries.search(filter, PageRequest.of(0, 50, Sort.by(Sort.Direction.DESC, "occurredAt")))
                .map(AuditEntry::getAction).getContent();
    }

    private List<String> actors(AuditFilter filter) {
        return entries.search(filter, PageRequest.of(0, 50, Sort.by(Sort.Direction.DESC, "occurredAt")))
                .map(AuditEntry::getActor).getContent();
    }

    void keysEntry(String actor, String details) {
        entries.save(new AuditEntry(T0, actor, "LEADS_LISTED", "LEAD", null, AuditOutcome.SUCCESS, null, details));
    }

    @Test
    void filtersByRecordWholeAmongTheListedKeysAndByEntityId() {
        entries.save(new AuditEntry(T0, "viewer", "LEAD_VIEWED", "LEAD", "PW-1", AuditOutcome.SUCCESS, null, null));
        entries.save(new AuditEntry(T0, "viewer12", "LEAD_VIEWED", "LEAD", "PW-12", AuditOutcome.SUCCESS, null, null));
        keysEntry("only", "{\"count\":1,\"keys\":\"PW-1\"}");
        keysEntry("first", "{\"count\":2,\"keys\":\"PW-1,PW-5\"}");
        keysEntry("middle", "{\"count\":3,\"keys\":\"PW-12,PW-1,PW-5\",\"part\":1,\"parts\":2}");
        keysEntry("last", "{\"count\":2,\"keys\":\"PW-5,PW-1\",\"part\":2,\"parts\":2}");
        keysEntry("longer", "{\"count\":3,\"keys\":\"PW-12,PW-10,XPW-1\"}");
        keysEntry("elsewhere", "{\"filter\":\",PW-1,\",\"keys\":\"PW-7\"}");
        keysEntry("underscore", "{\"keys\":\"PWX1\"}");
        em.flush();
        em.clear();

        assertThat(entries.search(AuditFilter.forRecord("PW-1"), PageRequest.of(0, 20)).getContent())
                .extracting(AuditEntry::getActor)
                .containsExactlyInAnyOrder("viewer", "only", "first", "middle", "last");
        assertThat(entries.count(AuditFilter.forRecord("PW-12"))).isEqualTo(3);
        assertThat(entries.count(AuditFilter.forRecord("PW_1"))).as("_ is no wildcard").isZero();
    }

    @Test
    void offersActorsContainingTheTypedText() {
        someEntries();
        assertThat(entries.distinctActorsLike("%ar%", org.springframework.data.domain.Limit.of(5)))
                .containsExactly("maria");
    }

    @Test
    void readsExportPagesNewestFirstBelowAnId() {
        someEntries();
        var all = AuditEntryRepository.matching(AuditFilter.none());
        List<AuditEntry> first = entries.pageBefore(all, Long.MAX_VALUE, 2);
        List<AuditEntry> second = entries.pageBefore(all, first.getLast().getId(), 10);

        assertThat(first).extracting(AuditEntry::getAction).containsExactly("USER_UPDATED", "LOGIN_SUCCESS");
        assertThat(second).extracting(AuditEntry::getAction)
                .containsExactly("LOGIN_FAILURE", "USER_CREATED", "LOGIN_SUCCESS");
    }
}
