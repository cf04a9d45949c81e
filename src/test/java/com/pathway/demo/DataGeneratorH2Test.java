package com.pathway.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The generator on H2 with JDBC batches: rows that keep the engine's invariants, the same on every run. */
class DataGeneratorH2Test {

    static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    @Test
    void sameSeedGivesTheSameRowsAndAnotherSeedOthers() {
        DataSource first = ScratchDatabases.h2();
        DataSource second = ScratchDatabases.h2();
        DataSource other = ScratchDatabases.h2();
        new DataGenerator().generate(first, new GenerationSpec(400, 12, 7, NOW));
        new DataGenerator().generate(second, new GenerationSpec(400, 12, 7, NOW));
        new DataGenerator().generate(other, new GenerationSpec(400, 12, 8, NOW));
        for (String table : List.of("wf_item", "wf_history", "wf_item_change", "lead", "referrer", "wf_project")) {
            assertThat(dump(second, table)).as(table).isEqualTo(dump(first, table));
        }
        assertThat(dump(other, "lead")).isNotEqualTo(dump(first, "lead"));
    }

    @Test
    void writesItemsWhoseStateIsTheirLastHistoryRowAndMovesTheKeyCounter() {
        DataSource db = ScratchDatabases.h2();
        GenerationReport report = new DataGenerator().generate(db, new GenerationSpec(1500, 12, 42, NOW));
        JdbcTemplate jdbc = new JdbcTemplate(db);

        assertThat(report.leads()).isEqualTo(1500);
        assertThat(report.firstKey()).isEqualTo("PW-1");
        assertThat(count(jdbc, "select count(*) from wf_item")).isEqualTo(1500);
        assertThat(count(jdbc, "select count(*) from lead")).isEqualTo(1500);
        assertThat(count(jdbc, "select count(*) from wf_history")).isEqualTo(report.historyRows());
        assertThat(count(jdbc, "select count(*) from wf_item_change")).isEqualTo(report.changeRows());
        assertThat(report.referrersCreated()).isGreaterThanOrEqualTo(30);
        assertThat(count(jdbc, "select next_number from wf_project where project_key = 'PW'")).isEqualTo(1501);
        assertThat(count(jdbc, "select count(distinct item_number) from wf_item where item_number between 1 and 1500"))
                .isEqualTo(1500);
        // status, resolution and times of every item are those of its last history row
        assertThat(count(jdbc, """
                select count(*) from wf_item i join wf_history h on h.item_id = i.id
                 where h.id = (select max(id) from wf_history where item_id = i.id)
                   and h.to_status = i.status and coalesce(h.resolution, '') = coalesce(i.resolution, '')
                   and h.occurred_at = i.status_changed_at and i.updated_at >= i.status_changed_at""")).isEqualTo(1500);
        assertThat(count(jdbc, "select count(*) from wf_item i join wf_history h on h.item_id = i.id"
                + " where h.from_status is null and h.occurred_at = i.created_at")).isEqualTo(1500);
        assertThat(count(jdbc, "select count(*) from wf_item where resolution is not null and status_category <> 'DONE'"))
                .isZero();
        assertThat(count(jdbc, "select count(*) from wf_item where item_key <> concat('PW-', item_number)")).isZero();
        assertThat(count(jdbc, "select count(*) from lead l join wf_item i on i.id = l.id"
                + " where l.created_at = i.created_at and l.name_lower = lower(concat(l.first_name, ' ', l.last_name))"))
                .isEqualTo(1500);
        assertThat(count(jdbc, "select count(distinct inquiry_reference) from lead")).isEqualTo(1500);
        // the lead's copy of key and status is its item's, and its coordinator and clinician are the item's user fields
        assertThat(count(jdbc, "select count(*) from lead l join wf_item i on i.id = l.id where l.item_key = i.item_key"
                + " and l.status = i.status and l.status_category = i.status_category"
                + " and l.status_changed_at = i.status_changed_at and coalesce(l.resolution, '') = coalesce(i.resolution, '')"))
                .isEqualTo(1500);
        assertThat(count(jdbc, "select count(*) from lead l join wf_item_user u on u.item_id = l.id"
                + " and u.field = 'coordinator' and u.username = l.coordinator")).isEqualTo(1500);
        assertThat(count(jdbc, "select count(*) from wf_item_user where field = 'clinician'"))
                .isEqualTo(count(jdbc, "select count(*) from lead where clinician is not null")).isPositive();
        assertThat(count(jdbc, "select count(*) from lead l join wf_item_user u on u.item_id = l.id"
                + " and u.field = 'clinician' and u.username = l.clinician"))
                .isEqualTo(count(jdbc, "select count(*) from lead where clinician is not null"));
        assertThat(count(jdbc, "select count(*) from wf_history where occurred_at > ?", NOW)).isZero();
        Map<String, Long> byStatus = report.leadsByStatus();
        assertThat(byStatus.keySet()).containsExactlyInAnyOrder("New inquiry", "Contacted", "Consultation scheduled",
                "Consultation done", "Screening", "Treatment scheduled", "In treatment", "Follow-up", "Closed");
    }

    @Test
    void everyScreeningOutcomeHasTheSignedChecklistItCameFrom() {
        DataSource db = ScratchDatabases.h2();
        new DataGenerator().generate(db, new GenerationSpec(1500, 12, 42, NOW));
        JdbcTemplate jdbc = new JdbcTemplate(db);

        assertThat(count(jdbc, "select count(*) from lead where screening_outcome is not null")).isPositive();
        assertThat(count(jdbc, """
                select count(*) from lead l where l.screening_outcome is not null and not exists (
                  select 1 from screening s where s.item_id = l.id and s.state = 'SIGNED'
                    and s.signed_at = l.screening_recorded_at and s.signed_by = l.clinician)""")).isZero();
        assertThat(count(jdbc, """
                select count(*) from lead l join screening s on s.item_id = l.id
                where (l.screening_outcome = 'Contraindicated') <> s.contraindicated""")).isZero();
        assertThat(count(jdbc, """
                select count(*) from screening s where s.contraindicated <> ((
                  select count(*) from screening_answer a where a.screening_id = s.id and a.contraindication
                    and a.answer = 'YES') > 0)""")).as("the answers give the outcome").isZero();
        assertThat(count(jdbc, """
                select count(*) from screening s where (select count(*) from screening_answer a
                  where a.screening_id = s.id) <> (select count(*) from screening_item i where i.active)""")).isZero();
        assertThat(count(jdbc, """
                select count(*) from wf_history h where h.transition = 'Approve for treatment' and not exists (
                  select 1 from screening s where s.item_id = h.item_id and s.state = 'SIGNED')""")).as(
                "no approved lead without a signed screening").isZero();
        assertThat(count(jdbc, """
                select count(*) from screening s where not s.contraindicated and s.signed_at > (
                  select max(h.occurred_at) from wf_history h where h.item_id = s.item_id
                    and h.transition = 'Approve for treatment')""")).as(
                "the clearing screening is signed before the (latest) approval").isZero();
    }

    @Test
    void aSecondLoadContinuesTheKeysAndReusesTheReferrers() {
        DataSource db = ScratchDatabases.h2();
        new DataGenerator().generate(db, new GenerationSpec(100, 3, 1, NOW));
        GenerationReport second = new DataGenerator().generate(db, new GenerationSpec(50, 3, 1, NOW));
        JdbcTemplate jdbc = new JdbcTemplate(db);

        assertThat(second.firstKey()).isEqualTo("PW-101");
        assertThat(second.referrersCreated()).isZero();
        assertThat(count(jdbc, "select next_number from wf_project")).isEqualTo(151);
        assertThat(count(jdbc, "select count(distinct inquiry_reference) from lead")).isEqualTo(150);
    }

    @Test
    void aFailedLoadLeavesNothingBehind() {
        DataSource db = ScratchDatabases.h2();
        new JdbcTemplate(db).execute("alter table lead add constraint ck_test_no_leads check (id < 0)");

        assertThatThrownBy(() -> new DataGenerator().generate(db, new GenerationSpec(20, 1, 1, NOW)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Generating 20 leads failed");
        JdbcTemplate jdbc = new JdbcTemplate(db);
        assertThat(count(jdbc, "select count(*) from wf_item")).isZero();
        assertThat(count(jdbc, "select count(*) from wf_project")).isZero();
        assertThat(count(jdbc, "select count(*) from referrer")).isZero();
    }

    @Test
    void refusesSpecificationsOutOfRange() {
        assertThatThrownBy(() -> new GenerationSpec(-1, 12, 1, NOW)).hasMessageContaining("leads must be between");
        assertThatThrownBy(() -> new GenerationSpec(10, 0, 1, NOW)).hasMessageContaining("months must be between");
        assertThatThrownBy(() -> new GenerationSpec(10, 12, 1, null)).hasMessageContaining("now is required");
    }

    static long count(JdbcTemplate jdbc, String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    static List<Map<String, Object>> dump(DataSource db, String table) {
        return new JdbcTemplate(db).queryForList("select * from " + table + " order by id");
    }
}
