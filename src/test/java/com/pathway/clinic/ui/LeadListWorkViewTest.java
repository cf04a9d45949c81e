package com.pathway.clinic.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.pathway.clinic.CreatedWithin;
import com.pathway.clinic.LeadDetails;
import com.pathway.clinic.LeadService;
import com.pathway.clinic.LeadSummary;
import com.pathway.clinic.Leads;
import com.pathway.support.ViewTest;
import com.pathway.workflow.TransitionRequest;
import com.pathway.workflow.WorkflowService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.QueryParameters;

/** The lead list for people on the phone: statuses, presets, count, columns, links and acting on selected rows. */
class LeadListWorkViewTest extends ViewTest {

    @Autowired
    LeadService leads;

    @Autowired
    WorkflowService workflow;

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

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 6);
    }

    private LeadDetails lead(String first, String last) {
        return leads.create(Leads.form(first, last, "(202) 555-01" + (10 + (int) (Math.random() * 80)),
                first.toLowerCase() + "." + last.toLowerCase() + "@example.org"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void severalStatusesAndThePresetGoIntoTheAddressAndComeBack() {
        signInAs("intake");
        String last = unique("Multi");
        LeadDetails fresh = lead("Fresh", last);
        LeadDetails contacted = lead("Called", last);
        lead("Scheduled", last);
        workflow.transition(contacted.key(), TransitionRequest.of("Contact"));

        UI.getCurrent().navigate("leads", QueryParameters.fromString("q=" + last));
        assertThat(keys()).hasSize(3);
        assertThat(_get(Span.class, spec -> spec.withId("leads-count")).getText()).isEqualTo("1–3 of 3");

        _get(MultiSelectComboBox.class, spec -> spec.withId("lead-status"))
                .setValue(Set.of("New inquiry", "Contacted"));
        _get(ComboBox.class, spec -> spec.withId("lead-created")).setValue(CreatedWithin.TODAY);
        assertThat(address()).startsWith("leads?search=").contains("status=New%20inquiry&status=Contacted",
                "created=today").doesNotContain(last);
        assertThat(keys()).hasSize(3);

        UI.getCurrent().navigate("leads", QueryParameters.fromString("q=" + last + "&status=Contacted&created=week"));
        assertThat(keys()).containsExactly(contacted.key());
        assertThat(_get(MultiSelectComboBox.class, spec -> spec.withId("lead-status")).getValue())
                .containsExactly("Contacted");
        assertThat(_get(Span.class, spec -> spec.withId("leads-count")).getText()).isEqualTo("1–1 of 1");
        assertThat(fresh.key()).isNotBlank();
    }

    @Test
    void anEmptyResultOffersToClearTheFilters() {
        signInAs("intake");
        String last = unique("Empty");
        lead("Only", last);
        UI.getCurrent().navigate("leads", QueryParameters.fromString("q=" + last + "&status=Closed&sort=lastName,asc"));
        assertThat(keys()).isEmpty();
        assertThat(_get(Span.class, spec -> spec.withId("leads-count")).getText()).isEqualTo("No leads");

        _click(_get(Button.class, spec -> spec.withId("leads-clear-filters")));

        assertThat(java.net.URLDecoder.decode(address(), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo("leads?sort=lastName,asc");
        assertThat(_get(MultiSelectComboBox.class, spec -> spec.withId("lead-status")).getValue()).isEmpty();
        assertThat(keys()).isNotEmpty();
    }

    @Test
    void keysAreLinksPhonesAreTelLinksInTheNationalFormatAndNamesAreWhole() {
        signInAs("intake");
        String last = unique("Link");
        LeadDetails lead = leads.create(Leads.form("Robin", last, "+12025550147", "robin." + last + "@example.org"));
        UI.getCurrent().navigate("leads", QueryParameters.fromString("q=" + last));

        // Drawn in the browser from each row's values (LeadListJourneyTest follows the link and reads the tel: link).
        assertThat(shown("key", "key")).isEqualTo(lead.key());
        assertThat(shown("phone", "shown")).isEqualTo("(202) 555-0147");
        assertThat(shown("phone", "tel")).isEqualTo("tel:+12025550147");
        assertThat(shown("phone", "title")).isEqualTo("Call (202) 555-0147");
        assertThat(shown("lastName", "name")).isEqualTo(last + ", Robin");
        assertThat(GridKt._getFormattedRow(grid(), 0)).startsWith(lead.key(), last + ", Robin", "New inquiry", "",
                "(202) 555-0147");
    }

    /** The value {@code property} the browser draws the first row's cell of {@code column} from. */
    @SuppressWarnings("unchecked")
    private String shown(String column, String property) {
        return String.valueOf(((LitRenderer<LeadSummary>) grid().getColumnByKey(column).getRenderer())
                .getValueProviders().get(property).apply(GridKt._get(grid(), 0)));
    }

    @Test
    void columnsCanBeHiddenAndTheChoiceGoesIntoTheAddressAndASavedView() {
        signInAs("intake");
        String last = unique("Cols");
        lead("Robin", last);
        UI.getCurrent().navigate("leads", QueryParameters.fromString("q=" + last
                + "&cols=key,lastName:240px,status,phone"));
        assertThat(grid().getColumns().stream().filter(Grid.Column::isVisible).map(Grid.Column::getKey))
                .containsExactly("key", "lastName", "status", "phone");
        assertThat(grid().getColumnByKey("lastName").getWidth()).isEqualTo("240px");

        // The menu holds no items until the browser asks to open it; they say which columns are shown.
        com.pathway.shared.ui.ButtonMenu menu = _get(LeadColumnsMenu.class, spec -> spec.withId("leads-columns")).menu();
        assertThat(menu.getItems()).isEmpty();
        assertThat(_get(LeadColumnsMenu.class).getElement().getAttribute("aria-haspopup")).isEqualTo("menu");
        assertThat(menu.onBeforeOpenMenu(tools.jackson.databind.node.JsonNodeFactory.instance.objectNode())).isTrue();
        assertThat(menu.getItems()).filteredOn(com.vaadin.flow.component.contextmenu.MenuItem::isChecked)
                .extracting(i -> i.getId().orElseThrow())
                .containsExactly("column-key", "column-lastName", "column-status", "column-phone");
        assertThat(menu.getItems()).filteredOn(i -> i.getId().orElseThrow().equals("column-key"))
                .allSatisfy(i -> assertThat(i.isEnabled()).isFalse());
        ContextMenuKt._clickItemWithID(menu, "column-resolution");

        assertThat(grid().getColumnByKey("resolution").isVisible()).isTrue();
        assertThat(java.net.URLDecoder.decode(address(), java.nio.charset.StandardCharsets.UTF_8))
                .matches("leads\\?search=[A-Za-z0-9_-]+&cols=key,lastName:240px,status,phone,resolution");
        // A saved view stores the address query: the columns come with it.
        assertThat(java.net.URLDecoder.decode(_get(LeadsView.class).query(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("cols=key,lastName:240px,status,phone,resolution");
        // closed, it holds nothing again; opened, it shows the new choice
        menu.close();
        assertThat(menu.getItems()).isEmpty();
        menu.onBeforeOpenMenu(tools.jackson.databind.node.JsonNodeFactory.instance.objectNode());
        assertThat(menu.getItems()).filteredOn(i -> i.getId().orElseThrow().equals("column-resolution"))
                .allSatisfy(i -> assertThat(i.isChecked()).isTrue());
        ContextMenuKt._clickItemWithID(menu, "columns-default");
        assertThat(address()).doesNotContain("cols=");
    }

    @Test
    void closesSelectedLeadsAfterShowingWhatChangesAndSaysWhatWasRefused() {
        signInAs("intake");
        String last = unique("Bulk");
        LeadDetails a = lead("Ann", last);
        LeadDetails b = lead("Ben", last);
        LeadDetails done = lead("Cat", last);
        workflow.transition(done.key(), new TransitionRequest("Close", Map.of("resolution", "Declined"), null, null));
        UI.getCurrent().navigate("leads", QueryParameters.fromString("q=" + last));
        assertThat(_find(LeadSelectionBar.class)).as("hidden while nothing is selected").isEmpty();

        grid().asMultiSelect().select(GridKt._get(grid(), 0), GridKt._get(grid(), 1), GridKt._get(grid(), 2));
        assertThat(_get(Span.class, spec -> spec.withId("lead-selection-count")).getText()).isEqualTo("3 selected");
        _click(_get(Button.class, spec -> spec.withId("selection-close")));
        _get(Select.class, spec -> spec.withId("bulk-close-resolution")).setValue("Lost contact");

        assertThat(_get(Paragraph.class, spec -> spec.withId("bulk-close-summary")).getText())
                .isEqualTo("Close 2 leads as Lost contact.");
        assertThat(_get(UnorderedList.class, spec -> spec.withId("bulk-close-refusals")).getElement().getTextRecursively())
                .contains(done.key() + ": " + done.key() + " is in Closed");
        assertThat(jdbc.queryForObject("select status from lead where item_key = ?", String.class, a.key()))
                .as("nothing changes before the confirmation").isEqualTo("New inquiry");

        _click(_get(Button.class, spec -> spec.withId("bulk-close-confirm")));

        assertThat(jdbc.queryForList("select status from lead where item_key in (?, ?)", String.class, a.key(), b.key()))
                .containsOnly("Closed");
        assertThat(_get(Paragraph.class, spec -> spec.withId("bulk-close-summary")).getText())
                .isEqualTo("Closed 2 leads as Lost contact. 1 lead was not closed:");
        assertThat(grid().getSelectedItems()).isEmpty();
    }

    @Test
    void cliniciansSeeNoCloseAndOnlyManagersExportTheSelection() {
        signInAs("intake");
        LeadDetails lead = lead("Robin", unique("Sel"));
        workflow.transition(lead.key(), TransitionRequest.of("Contact"));
        workflow.transition(lead.key(), TransitionRequest.of("Schedule consultation"));
        workflow.transition(lead.key(), TransitionRequest.of("Consultation held")); // clinical: clinicians see it
        for (String user : List.of("clinician", "intake", "manager")) {
            signInAs(user);
            UI.getCurrent().navigate("leads", QueryParameters.fromString("q=" + lead.key()));
            grid().asMultiSelect().select(GridKt._get(grid(), 0));
            assertThat(_get(Span.class, spec -> spec.withId("lead-selection-count")).getText()).isEqualTo("1 selected");
            assertThat(_find(Button.class, spec -> spec.withId("selection-close"))).as(user)
                    .hasSize("clinician".equals(user) ? 0 : 1);
            assertThat(_find(Anchor.class, spec -> spec.withId("selection-export"))).as(user)
                    .hasSize("manager".equals(user) ? 1 : 0);
            assertThat(_find(Button.class, spec -> spec.withId("selection-assign"))).as(user)
                    .hasSize("manager".equals(user) ? 1 : 0);
        }
        _click(_get(Button.class, spec -> spec.withId("selection-assign")));
        assertThat(_get(BulkAssignDialog.class).isOpened()).as("Assign… opens the bulk dialog for the selection").isTrue();
    }

    @Test
    void theLeadPageShowsThePatientsMessageNearTheTop() {
        signInAs("intake");
        LeadDetails lead = lead("Robin", unique("Msg"));
        UI.getCurrent().navigate("leads/" + lead.key());

        Div message = _get(Div.class, spec -> spec.withId("lead-message"));
        // The message is sent as markup, its text escaped.
        org.jsoup.nodes.Element shown = org.jsoup.Jsoup.parseBodyFragment(message.getElement()
                .getProperty("innerHTML", "")).body();
        assertThat(shown.selectFirst(".lead-message-label").text()).isEqualTo("Their message");
        assertThat(shown.selectFirst("p.lead-message-text").text()).isEqualTo("Asked about a consultation.");
        Div content = (Div) message.getParent().orElseThrow();
        List<com.vaadin.flow.component.Component> parts = content.getChildren().toList();
        assertThat(parts.indexOf(message)).as("under the title, the appointment and the service-level line")
                .isLessThanOrEqualTo(3);
        assertThat(parts.indexOf(message)).as("before the transitions and the page's columns")
                .isLessThan(parts.indexOf(parts.stream().filter(c -> c instanceof com.pathway.workflow.ui.TransitionBar)
                        .findFirst().orElseThrow()));
    }
}
