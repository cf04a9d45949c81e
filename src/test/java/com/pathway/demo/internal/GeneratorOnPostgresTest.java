package com.pathway.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import com.pathway.clinic.LeadDetails;
import com.pathway.clinic.LeadFilter;
import com.pathway.clinic.LeadService;
import com.pathway.clinic.Leads;
import com.pathway.demo.DataGenerator;
import com.pathway.demo.GenerationReport;
import com.pathway.demo.GenerationSpec;
import com.pathway.support.PostgresTest;
import com.pathway.workflow.SignedIn;
import com.pathway.workflow.TransitionRequest;
import com.pathway.workflow.WorkflowService;

/**
 * The generator on PostgreSQL with COPY, in the app's own schema: the app runs on what it wrote,
 * new items continue after the generated ids, and a load that rebuilds the indexes leaves every one
 * of them (and every constraint) as the migrations made it.
 */
@SpringBootTest
@PostgresTest
class GeneratorOnPostgresTest {

    static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    LeadService leads;

    @Autowired
    WorkflowService workflow;

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void copiesLeadsTheServicesThenWorkOnAndKeepsTheIdentityAndKeyCounters() {
        long before = count("select count(*) from lead");
        GenerationReport report = new DataGenerator().generate(dataSource, new GenerationSpec(400, 12, 11, NOW));

        assertThat(report.method()).isEqualTo("COPY");
        assertThat(count("select count(*) from lead")).isEqualTo(before + 400);
        assertThat(count("select count(*) from wf_history h join lead l on l.id = h.item_id"))
                .isGreaterThanOrEqualTo(report.historyRows());
        assertThat(count("select count(*) from wf_item i where i.status <> (select h.to_status from wf_history h"
                + " where h.item_id = i.id order by h.id desc limit 1)")).isZero();
        assertThat(count("select count(*) from lead l join wf_item i on i.id = l.id where l.item_key <> i.item_key"
                + " or l.status <> i.status or l.status_category <> i.status_category"
                + " or l.status_changed_at <> i.status_changed_at")).isZero();
        assertThat(count("select count(*) from lead l where l.clinician is not null and not exists (select 1 from"
                + " wf_item_user u where u.item_id = l.id and u.field = 'clinician' and u.username = l.clinician)"))
                .isZero();

        SignedIn.as("intake", "INTAKE_COORDINATOR");
        long maxId = count("select max(id) from wf_item");
        long next = count("select next_number from wf_project where project_key = 'PW'");
        LeadDetails created = leads.create(Leads.form("Robin", "Vale", "(202) 555-0177", "robin.vale@example.net"));
        assertThat(created.key()).isEqualTo("PW-" + next);
        assertThat(count("select id from wf_item where item_key = '" + created.key() + "'")).isGreaterThan(maxId);

        String fresh = jdbc.queryForObject("select item_key from wf_item where status = 'Contacted' order by id limit 1",
                String.class);
        assertThat(workflow.transition(fresh, TransitionRequest.of("Schedule consultation")).status())
                .isEqualTo("Consultation scheduled");
        LeadFilter screening = new LeadFilter("Screening", null, null, null, null, null, null, null, null);
        assertThat(leads.search(screening, PageRequest.of(0, 10)).getTotalElements()).isPositive();
    }

    @Test
    void aLoadThatRebuildsTheIndexesLeavesEveryIndexAndConstraintInPlace() {
        List<Map<String, Object>> indexes = definitions();

        GenerationReport report = new Loader(m -> { }, 0, Loader.CHUNK).load(dataSource, new GenerationSpec(300, 6, 12, NOW));

        assertThat(report.method()).isEqualTo("COPY, indexes rebuilt after");
        assertThat(definitions()).isEqualTo(indexes);
        assertThat(count("select count(*) from pg_constraint where contype = 'f' and conrelid = 'wf_history'::regclass"))
                .isOne();
    }

    private List<Map<String, Object>> definitions() {
        return jdbc.queryForList("select tablename, indexname, indexdef from pg_indexes where schemaname = current_schema()"
                + " and tablename in ('wf_item', 'lead', 'wf_history', 'wf_item_change') order by indexname");
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
