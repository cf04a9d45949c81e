package com.pathway.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

import com.pathway.shared.InvalidInputException;

@SpringBootTest
@ActiveProfiles("test")
@Transactional
@WithMockUser(roles = "ADMIN")
class AuditSearchTest {

    @Autowired
    AuditService audit;

    @Test
    void filtersByOutcome() {
        audit.record(new AuditRecord("SEARCH_TEST", "eve", null, null, AuditOutcome.DENIED, null, Map.of()));
        audit.record(new AuditRecord("SEARCH_TEST", "eve", null, null, AuditOutcome.SUCCESS, null, Map.of()));

        var denied = new AuditFilter("eve", "SEARCH_TEST", null, null, AuditOutcome.DENIED);

        assertThat(audit.count(denied)).isEqualTo(1);
        assertThat(audit.search(denied, Pageable.ofSize(10)).getContent())
                .singleElement().extracting(AuditEntryView::outcome).isEqualTo(AuditOutcome.DENIED);
        assertThat(audit.count(new AuditFilter("eve", "SEARCH_TEST", null, null))).isEqualTo(2);
    }

    @Test
    void refusesARangeThatEndsBeforeItStarts() {
        Instant now = Instant.parse("2026-11-25T12:00:00Z");
        var backwards = new AuditFilter(null, null, now, now.minusSeconds(60));

        assertThatThrownBy(() -> audit.count(backwards))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("to", "The end of the time range must not be before its start."));
        assertThatThrownBy(() -> audit.search(backwards, Pageable.ofSize(10)))
                .isInstanceOf(InvalidInputException.class);
    }
}
