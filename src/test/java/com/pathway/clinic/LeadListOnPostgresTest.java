package com.pathway.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import com.pathway.support.CleanDatabase;
import com.pathway.support.PostgresTest;

/** The lead list's filters and sorts on PostgreSQL, and the indexes migration 13 adds there. */
@SpringBootTest
@PostgresTest
@Import(CleanDatabase.class)
class LeadListOnPostgresTest extends LeadListScenarios {

    @Test
    void migration13AddsTheListIndexesWithPrefixSearchOperatorClasses() {
        assertThat(jdbc.queryForList("select indexname from pg_indexes where schemaname = current_schema() and tablename in ('lead', 'wf_item')",
                String.class)).contains("ix_lead_sort_last_name", "ix_lead_sort_first_name", "ix_lead_sort_priority",
                        "ix_lead_sort_source", "ix_wf_item_status_id", "ix_wf_item_status_entered",
                        "ix_lead_name_prefix", "ix_lead_last_name_prefix", "ix_lead_email_prefix", "ix_lead_merged_into",
                        "ix_lead_status_id", "ix_lead_status_entered", "uk_lead_item_key", "ix_lead_phone_digits_trgm");
        assertThat(jdbc.queryForObject("select indexdef from pg_indexes where schemaname = current_schema()"
                + " and indexname = 'ix_lead_name_prefix'",
                String.class)).contains("varchar_pattern_ops");
        // Migration 24: partial phone searches (like '%digits%') served by a trigram index.
        assertThat(jdbc.queryForObject("select indexdef from pg_indexes where schemaname = current_schema()"
                + " and indexname = 'ix_lead_phone_digits_trgm'", String.class)).contains("gin", "gin_trgm_ops");
    }
}
