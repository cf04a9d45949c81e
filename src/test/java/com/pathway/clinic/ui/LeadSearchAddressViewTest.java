package com.pathway.clinic.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.pathway.clinic.LeadDetails;
import com.pathway.clinic.LeadService;
import com.pathway.clinic.LeadSummary;
import com.pathway.clinic.Leads;
import com.pathway.support.ViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;

/**
 * The search text of the lead list and the board never stands in the address bar (a token of the session does)
 * and never in the audit (only that a text of some length was searched for).
 */
class LeadSearchAddressViewTest extends ViewTest {

    @Autowired
    LeadService leads;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void searchingPutsATokenInTheAddressAndOnlyTheTextsLengthInTheAudit() {
        signInAs("intake");
        Instant start = Instant.now();
        String last = "Priv" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        LeadDetails lead = leads.create(Leads.form("Pia", last, null, "pia@example.org"));
        UI.getCurrent().navigate("leads");

        _get(TextField.class, spec -> spec.withId("lead-search")).setValue(last);

        assertThat(keys()).containsExactly(lead.key());
        String address = address();
        assertThat(address).matches("leads\\?search=[A-Za-z0-9_-]+").doesNotContain(last);
        List<String> audited = jdbc.queryForList("select details from audit_entry where actor = 'intake' "
                + "and action = 'LEADS_LISTED' and occurred_at >= ?", String.class, Timestamp.from(start));
        assertThat(audited).anySatisfy(d -> assertThat(d).contains("\"search\":\"text, 12 characters\""))
                .noneMatch(d -> d.contains(last));
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where details like ? or entity_id like ?",
                Integer.class, "%" + last + "%", "%" + last + "%")).isZero();

        // Back and reload within the session bring the search back from its token.
        UI.getCurrent().navigate("leads");
        assertThat(_get(TextField.class, spec -> spec.withId("lead-search")).getValue()).isEmpty();
        UI.getCurrent().navigate("leads", QueryParameters.fromString(address.substring("leads?".length())));
        assertThat(_get(TextField.class, spec -> spec.withId("lead-search")).getValue()).isEqualTo(last);
        assertThat(keys()).containsExactly(lead.key());
    }

    @Test
    void aSearchCountsItsLeadsOnceThoughItAlsoChangesTheAddress() {
        signInAs("intake");
        String last = "Once" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        LeadDetails lead = leads.create(Leads.form("Otto", last, null, "otto@example.org"));
        UI.getCurrent().navigate("leads");

        // H2 counts each statement it runs while its statistics are on.
        jdbc.execute("SET QUERY_STATISTICS TRUE");
        try {
            _get(TextField.class, spec -> spec.withId("lead-search")).setValue(last);
            assertThat(keys()).containsExactly(lead.key());
            assertThat(address()).startsWith("leads?search=");
            assertThat(jdbc.queryForObject("select coalesce(sum(execution_count), 0) from information_schema.query_statistics"
                    + " where sql_statement like 'select count(*) from (select 1 as one%'", Long.class))
                    .as("the list's count, read once for the change and its new address").isEqualTo(1);
        } finally {
            jdbc.execute("SET QUERY_STATISTICS FALSE");
        }
    }

    @Test
    void anAddressWithTheTextInClearIsReplacedAndATokenFromAnotherSessionIsLeftOut() {
        signInAs("intake");
        String last = "Old" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        LeadDetails lead = leads.create(Leads.form("Ola", last, null, "ola@example.org"));

        UI.getCurrent().navigate("leads", QueryParameters.fromString("q=" + last + "&overdue=false"));
        assertThat(address()).startsWith("leads?search=").doesNotContain(last);
        assertThat(keys()).containsExactly(lead.key());

        UI.getCurrent().navigate("leads", QueryParameters.fromString("search=from-another-session&overdue=true"));
        assertThat(notifications()).anyMatch(n -> n.contains("the search (it is kept for the session that made it"));
        assertThat(_get(TextField.class, spec -> spec.withId("lead-search")).getValue()).isEmpty();
    }

    @Test
    void theBoardKeepsItsSearchOutOfTheAddressToo() {
        signInAs("intake");
        String text = "Brd" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);

        UI.getCurrent().navigate("board", QueryParameters.fromString("mine=1&q=" + text));

        assertThat(address()).startsWith("board?").contains("search=").doesNotContain(text);
    }

    @SuppressWarnings("unchecked")
    private List<String> keys() {
        Grid<LeadSummary> grid = _get(Grid.class, spec -> spec.withId("leads-grid"));
        return java.util.stream.IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i).key()).toList();
    }

    private static String address() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }
}
