package com.pathway.workflow.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.pathway.clinic.LeadService;
import com.pathway.clinic.Leads;
import com.pathway.support.ViewTest;
import com.pathway.workflow.ItemFilter;
import com.pathway.workflow.WorkItemView;
import com.pathway.workflow.WorkflowService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/** The Work items pages are for administrators, and apply the item type's read rule, as the API does. */
class WorkItemPagesAccessTest extends ViewTest {

    @Autowired
    LeadService leads;

    @Autowired
    WorkflowService workflow;

    private String newLead() {
        signInAs("intake");
        return leads.create(Leads.form("Sasha", "Brandt", "+12025550133", null)).key();
    }

    @Test
    void anAdministratorOpeningALeadsWorkItemSeesTheUnknownKeyPageWithoutTransitions() {
        String key = newLead();

        open("admin", "items/" + key);

        assertThat(_get(H2.class, spec -> spec.withText("Work item not found"))).isNotNull();
        assertThat(_get(Paragraph.class, spec -> spec.withText("There is no item " + key + "."))).isNotNull();
        assertThat(_find(Button.class, spec -> spec.withId("transition-close"))).isEmpty();
    }

    @Test
    void staffOpeningTheWorkItemPagesAreToldPlainlyThatTheyAreForAdministrators() {
        String key = newLead();

        for (String user : java.util.List.of("intake", "clinician", "manager")) {
            for (String page : java.util.List.of("items", "items/" + key)) {
                open(user, page);
                assertThat(_get(H2.class, spec -> spec.withId("error-title")).getText()).as(user + " on " + page)
                        .isEqualTo("You don't have access to this page");
                assertThat(_find(Grid.class)).isEmpty();
            }
        }
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
        signInAs("intake");
        assertThat(workflow.search(new ItemFilter("PW", null, null, null, null), PageRequest.of(0, 1))
                .getTotalElements()).as("the leads, %s among them, exist").isPositive();
    }
}
