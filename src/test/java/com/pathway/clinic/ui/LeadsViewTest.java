package com.pathway.clinic.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.pathway.clinic.LeadDetails;
import com.pathway.clinic.LeadService;
import com.pathway.clinic.LeadSource;
import com.pathway.clinic.LeadSummary;
import com.pathway.clinic.Leads;
import com.pathway.support.ViewTest;
import com.pathway.ui.view.AccessDeniedView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.component.textfield.TextField;

class LeadsViewTest extends ViewTest {

    @Autowired
    LeadService leads;

    @SuppressWarnings("unchecked")
    private Grid<LeadSummary> grid() {
        return _get(Grid.class, spec -> spec.withId("leads-grid"));
    }

    private List<String> keys() {
        return IntStream.range(0, GridKt._size(grid())).mapToObj(i -> GridKt._get(grid(), i).key()).toList();
    }

    private LeadDetails newLead(String lastName) {
        return leads.create(Leads.form("Robin", lastName, "(202) 555-01" + (10 + (int) (Math.random() * 80)),
                lastName.toLowerCase() + "@example.org"));
    }

    @Test
    void listsLeadsNewestFirstAndTheSearchNarrowsThemWithoutItsTextInTheAddress() {
        signInAs("intake");
        String last = "Quill" + UUID.randomUUID().toString().substring(0, 6);
        LeadDetails older = newLead(last);
        LeadDetails newer = newLead(last + "x");
        UI.getCurrent().navigate("leads");

        assertThat(keys()).containsSubsequence(newer.key(), older.key());

        _get(TextField.class, spec -> spec.withId("lead-search")).setValue(last);

        assertThat(keys()).containsExactly(newer.key(), older.key());
        // The cells the browser draws (the key link, the whole name, the status badge) format as their text.
        assertThat(GridKt._getFormattedRow(grid(), 0)).startsWith(newer.key(), last + "x, Robin", "New inquiry");
        // the address keeps a token for the search, never its text
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .matches("leads\\?search=[A-Za-z0-9_-]+").doesNotContain(last);
    }

    @Test
    void filtersComeBackFromASharedAddress() {
        signInAs("intake");
        String last = "Wren" + UUID.randomUUID().toString().substring(0, 6);
        LeadDetails lead = newLead(last);

        // The stage is the clinic workflow's stage property: a new inquiry is in intake.
        UI.getCurrent().navigate("leads", QueryParameters.fromString("q=" + last + "&source=phone&stage=intake"));

        assertThat(_get(TextField.class, spec -> spec.withId("lead-search")).getValue()).isEqualTo(last);
        assertThat(_get(ComboBox.class, spec -> spec.withId("lead-stage")).getValue()).isEqualTo("intake");
        assertThat(_get(ComboBox.class, spec -> spec.withId("lead-source")).getValue()).isEqualTo(LeadSource.PHONE);
        assertThat(keys()).containsExactly(lead.key());

        UI.getCurrent().navigate("leads", QueryParameters.fromString("q=" + last + "&source=walk_in"));
        assertThat(keys()).isEmpty();

        UI.getCurrent().navigate("leads", QueryParameters.fromString("q=" + last + "&stage=treatment"));
        assertThat(keys()).isEmpty();
    }

    @Test
    void cliniciansOnlySeeLeadsInClinicalStagesOrAssignedToThem() {
        signInAs("intake");
        String last = "Finch" + UUID.randomUUID().toString().substring(0, 6);
        newLead(last);
        signOut();

        signInAs("clinician");
        UI.getCurrent().navigate("leads", QueryParameters.fromString("q=" + last));

        assertThat(keys()).isEmpty();
    }

    @Test
    void administratorsDoNotWorkWithLeads() {
        open("admin", "leads");

        assertThat(_get(AccessDeniedView.class)).isNotNull();
    }
}
