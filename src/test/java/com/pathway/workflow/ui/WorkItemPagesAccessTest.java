package com.pathway.workflow.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.pathway.clinic.LeadService;
import com.pathway.clinic.Leads;
import com.pathway.support.ViewTest;
import com.pathway.workflow.WorkItemView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/** The Work items pages apply the item type's read rule, as the API does. */
class WorkItemPagesAccessTest extends ViewTest {

    @Autowired
    LeadService leads;

    private String newLead() {
        signInAs("intake");
        return leads.create(Leads.form("Sasha", "Brandt", "+12025550133", null)).key();
    }

    @Test
    void aClinicianOpeningALeadOutsideTheirScopeSeesTheUnknownKeyPageWithoutTransitions() {
        String key = newLead();

        open("clinician", "items/" + key);

        assertThat(_get(H2.class, spec -> spec.withText("Work item not found"))).isNotNull();
        assertThat(_get(Paragraph.class, spec -> spec.withText("There is no item " + key + "."))).isNotNull();
        assertThat(_find(Button.class, spec -> spec.withId("transition-close"))).isEmpty();
    }

    @Test
    void theWorkItemsListShowsAnAdministratorNoLead() {
        String key = newLead();

        open("admin", "items");

        @SuppressWarnings("unchecked")
        Grid<WorkItemView> grid = _get(Grid.class, spec -> spec.withId("items-grid"));
        int rows = GridKt._size(grid);
        for (int i = 0; i < rows; i++) {
            assertThat(GridKt._get(grid, i).type()).isNotEqualTo("LEAD");
        }
        open("intake", "items");
        @SuppressWarnings("unchecked")
        Grid<WorkItemView> all = _get(Grid.class, spec -> spec.withId("items-grid"));
        assertThat(GridKt._size(all)).as("the leads, %s among them", key).isGreaterThan(rows);
    }
}
