package com.pathway.clinic.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.pathway.workflow.ReadScope;

/** The lead lists' SQL is derived from the one ReadScope, not written again. */
class LeadScopeSqlTest {

    private static final Map<String, Set<String>> FLAGGED = Map.of("clinical", Set.of("Screening", "Follow-up"));

    @Test
    void everythingAddsNoCondition() {
        assertThat(LeadScopeSql.translate(ReadScope.everything(), FLAGGED::get, "intake").sql()).isNull();
    }

    @Test
    void nothingMatchesNoLead() {
        assertThat(LeadScopeSql.translate(ReadScope.nothing(), FLAGGED::get, "admin").sql()).isEqualTo("1 = 0");
    }

    @Test
    void statusFlagsBecomeTheFlaggedStatusesAndUserFieldsTheLeadColumnOfThatName() {
        LeadScopeSql.Condition c = LeadScopeSql.translate(ReadScope.where(Set.of("clinical"), Set.of("clinician")),
                FLAGGED::get, "dr.lee");

        assertThat(c.sql()).isEqualTo("(l.status in (:scopeStatuses) or l.clinician = :scopeUser)");
        assertThat(c.params().get("scopeStatuses")).isInstanceOfSatisfying(List.class,
                statuses -> assertThat(statuses).containsExactlyInAnyOrder("Screening", "Follow-up"));
        assertThat(c.params()).containsEntry("scopeUser", "dr.lee");
    }

    @Test
    void aFlagNoStatusCarriesAndNoUserMatchNoLead() {
        assertThat(LeadScopeSql.translate(ReadScope.where(Set.of("clinical"), Set.of("clinician")), f -> Set.of(),
                null).sql()).isEqualTo("1 = 0");
    }

    @Test
    void aUserFieldWithoutALeadColumnIsAProgrammingError() {
        assertThatThrownBy(() -> LeadScopeSql.translate(ReadScope.where(Set.of(), Set.of("surgeon")), FLAGGED::get,
                "dr.lee")).isInstanceOf(IllegalStateException.class);
    }
}
