package com.pathway.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.pathway.audit.internal.AuditEntry;
import com.pathway.audit.internal.AuditEntryRepository;

/** Nothing in the application's API can change or remove a line of the audit trail. */
class AuditTrailIsAppendOnlyTest {

    private static final List<String> WRITING_PREFIXES = List.of("delete", "remove", "update", "set", "modify",
            "merge", "saveAll", "saveAndFlush", "flush", "purge", "clear", "truncate");

    @Test
    void theRepositoryOffersNoUpdateOrDelete() {
        assertThat(writers(AuditEntryRepository.class.getMethods())).isEmpty();
        assertThat(Arrays.stream(AuditEntryRepository.class.getMethods()).map(Method::getName)
                .filter(name -> name.startsWith("save"))).containsOnly("save");
    }

    @Test
    void theServiceOnlyRecordsAndReads() {
        assertThat(Arrays.stream(AuditService.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers())).map(Method::getName))
                // recordWithKeys and recordWithKeysCommittedTogether append like record; export reads (and appends
                // its own AUDIT_EXPORTED line)
                .containsExactlyInAnyOrder("record", "recordWithKeys", "recordWithKeysCommittedTogether", "search",
                        "count", "knownActions", "actors", "export");
    }

    @Test
    void anEntryHasNoMutators() {
        assertThat(writers(AuditEntry.class.getMethods())).isEmpty();
        assertThat(AuditEntry.class.isAnnotationPresent(org.hibernate.annotations.Immutable.class)).isTrue();
    }

    private static List<String> writers(Method[] methods) {
        return Arrays.stream(methods).map(Method::getName)
                .filter(name -> WRITING_PREFIXES.stream().anyMatch(name::startsWith)).toList();
    }
}
