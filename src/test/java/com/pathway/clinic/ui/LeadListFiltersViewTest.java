package com.pathway.clinic.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.pathway.clinic.LeadDetails;
import com.pathway.clinic.LeadService;
import com.pathway.clinic.LeadSummary;
import com.pathway.clinic.Leads;
import com.pathway.clinic.SavedViewService;
import com.pathway.support.ViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;

/** The lead list's new filters, the sort in the address, the overdue badge and saved views. */
class LeadListFiltersViewTest extends ViewTest {

    @Autowired
    LeadService leads;

    @Autowired
    SavedViewService views;

    @Autowired
    JdbcTemplate jdbc;

    @SuppressWarnings("unchecked")
    private Grid<LeadSummary> grid() {
        return _get(Grid.class, spec -> spec.withId("leads-grid"));
    }

    private List<String> keys() {
        return IntStream.range(0, GridKt._size(grid())).mapToObj(i -> GridKt._get(grid(), i).key()).toList();
    }

    private String address() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    private String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 6);
    }

    @Test
    @SuppressWarnings("unchecked")
    void statusAssigneeOverdueAndDatesNarrowTheListAndGoIntoTheAddress() {
        signInAs("intake");
        String last = unique("Filt");
        LeadDetails late = leads.create(Leads.form("Late", last, null, "late@example.org"));
        LeadDetails fresh = leads.create(Leads.form("Fresh", last, null, "fresh@example.org"));
        jdbc.update("update lead set status_changed_at = ? where item_key = ?",
                Timestamp.from(Instant.now().minus(Duration.ofDays(2))), late.key());
        UI.getCurrent().navigate("leads", QueryParameters.of("q", last));
        assertThat(keys()).containsExactlyInAnyOrder(late.key(), fresh.key());
        assertThat(GridKt._getFormattedRow(grid(), keys().indexOf(late.key()))).anyMatch(c -> c.contains("Overdue"));

        _get(Checkbox.class, spec -> spec.withId("lead-overdue")).setValue(true);
        assertThat(keys()).containsExactly(late.key());
        assertThat(address()).matches("leads\\?search=[A-Za-z0-9_-]+&overdue=true").doesNotContain(last);

        _get(Checkbox.class, spec -> spec.withId("lead-overdue")).setValue(false);
        _get(MultiSelectComboBox.class, spec -> spec.withId("lead-status")).setValue(java.util.Set.of("Contacted"));
        assertThat(keys()).isEmpty();
        _get(MultiSelectComboBox.class, spec -> spec.withId("lead-status")).setValue(java.util.Set.of("New inquiry"));
        _get(DatePicker.class, spec -> spec.withId("lead-from")).setValue(LocalDate.now().minusDays(1));
        _get(DatePicker.class, spec -> spec.withId("lead-to")).setValue(LocalDate.now().plusDays(1));
        assertThat(keys()).hasSize(2);
        assertThat(address()).contains("status=New%20inquiry", "from=" + LocalDate.now().minusDays(1),
                "to=" + LocalDate.now().plusDays(1));

        _click(_get(Button.class, spec -> spec.withId("lead-mine")));
        assertThat(_get(TextField.class, spec -> spec.withId("lead-assignee")).getValue()).isEqualTo("intake");
        assertThat(keys()).as("neither lead is assigned to intake").isEmpty();
        assertThat(address()).contains("assignee=intake");
    }

    @Test
    void aSharedAddressBringsBackFiltersAndSortAndSaysWhatItCouldNotRead() {
        signInAs("intake");
        String last = unique("Share");
        LeadDetails a = leads.create(Leads.form("Abe", last + "a", null, "abe@example.org"));
        LeadDetails b = leads.create(Leads.form("Bea", last + "b", null, "bea@example.org"));

        UI.getCurrent().navigate("leads", QueryParameters.fromString("q=" + last + "&sort=lastName,asc"));
        assertThat(keys()).containsExactly(a.key(), b.key());
        assertThat(grid().getSortOrder().getFirst().getSorted().getKey()).isEqualTo("lastName");
        UI.getCurrent().navigate("leads", QueryParameters.fromString("q=" + last + "&sort=lastName,desc"));
        assertThat(keys()).containsExactly(b.key(), a.key());

        UI.getCurrent().navigate("leads", QueryParameters.fromString("q=" + last + "&from=31-12-2025&sort=ssn"));
        assertThat(notifications()).anyMatch(n -> n.contains("from \"31-12-2025\"") && n.contains("sort \"ssn\""));
        assertThat(keys()).as("the default sort, newest first").containsExactly(b.key(), a.key());
    }

    /** The saved views' menu as the browser opens it: its items are made then, from the views as they are. */
    private static com.pathway.shared.ui.ButtonMenu savedViews() {
        com.pathway.shared.ui.ButtonMenu menu = _get(SavedViewsMenu.class, spec -> spec.withId("saved-views")).menu();
        menu.onBeforeOpenMenu(tools.jackson.databind.node.JsonNodeFactory.instance.objectNode());
        return menu;
    }

    @Test
    void savesTheCurrentViewListsItInTheMenuAndOpensIt() {
        signInAs("manager");
        String last = unique("Saved");
        LeadDetails lead = leads.create(Leads.form("Sam", last, null, "sam@example.org"));
        UI.getCurrent().navigate("leads", QueryParameters.fromString("q=" + last + "&overdue=true&sort=lastName,asc"));
        String name = unique("Late ");

        ContextMenuKt._clickItemWithID(savedViews(), "save-view");
        _get(TextField.class, spec -> spec.withId("saved-view-name")).setValue("");
        _click(_get(Button.class, spec -> spec.withId("saved-view-save")));
        assertThat(_get(TextField.class, spec -> spec.withId("saved-view-name")).getErrorMessage())
                .isEqualTo("Name the view with 1 to 60 characters.");
        _get(TextField.class, spec -> spec.withId("saved-view-name")).setValue(name);
        _click(_get(Button.class, spec -> spec.withId("saved-view-save")));

        var saved = views.mine().stream().filter(v -> v.name().equals(name)).findFirst().orElseThrow();
        assertThat(QueryParameters.fromString(saved.query()).getParameters()).containsEntry("q", List.of(last))
                .containsEntry("overdue", List.of("true")).containsEntry("sort", List.of("lastName,asc"));

        UI.getCurrent().navigate("leads");
        assertThat(keys()).contains(lead.key());
        assertThat(_get(SavedViewsMenu.class, spec -> spec.withId("saved-views")).menu().getItems())
                .as("no items until the menu opens").isEmpty();
        ContextMenuKt._clickItemWithID(savedViews(),
                "saved-view-" + saved.id());
        assertThat(address()).startsWith("leads?search=").contains("&overdue=true&sort=lastName").doesNotContain(last);
        assertThat(_get(TextField.class, spec -> spec.withId("lead-search")).getValue()).isEqualTo(last);
        assertThat(grid().getSortOrder().getFirst().getSorted().getKey()).isEqualTo("lastName");
        assertThat(_get(Checkbox.class, spec -> spec.withId("lead-overdue")).getValue()).isTrue();
        assertThat(keys()).as("the new lead is not overdue").isEmpty();
    }

    @Test
    void renamesAndDeletesAViewFromTheManageDialog() {
        signInAs("intake");
        var saved = views.save(unique("Old "), "q=x");
        UI.getCurrent().navigate("leads");

        ContextMenuKt._clickItemWithID(savedViews(), "manage-views");
        _get(TextField.class, spec -> spec.withId("rename-" + saved.id())).setValue("Renamed " + saved.id());
        _click(_get(Button.class, spec -> spec.withId("rename-button-" + saved.id())));
        assertThat(views.get(saved.id()).name()).isEqualTo("Renamed " + saved.id());

        ContextMenuKt._clickItemWithID(savedViews(), "manage-views");
        _click(_get(Button.class, spec -> spec.withId("delete-view-" + saved.id())));
        assertThat(views.mine()).noneMatch(v -> v.id() == saved.id());
    }
}
