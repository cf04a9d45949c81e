package com.pathway.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.pathway.audit.AuditActor;
import com.pathway.audit.AuditEntryView;
import com.pathway.audit.AuditOutcome;
import com.pathway.audit.AuditRecord;
import com.pathway.audit.AuditService;
import com.pathway.security.ApiTokenService;
import com.pathway.shared.ui.ClinicTime;
import com.pathway.support.ViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;

class AuditTrailViewTest extends ViewTest {

    @Autowired
    AuditService audit;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    ClinicTime time;

    @Test
    void showsTheNewestEntryFirstInTheClinicZone() {
        String marker = record("UI_TEST_EVENT", "tester", AuditOutcome.SUCCESS);
        open("admin", "admin/audit");

        AuditEntryView first = GridKt._get(grid(), 0);
        assertThat(first.entityId()).isEqualTo(marker);
        List<String> row = GridKt._getFormattedRow(grid(), 0);
        assertThat(row).contains(time.format(first.occurredAt()), "tester", "UI_TEST_EVENT", "NOTE " + marker,
                "10.1.2.3", "reason: testing");
        List<AuditEntryView> all = GridKt._fetch(grid(), 0, GridKt._size(grid()));
        assertThat(all).extracting(AuditEntryView::occurredAt)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    @SuppressWarnings("unchecked")
    void filtersByAUserFoundByPartOfTheirNameAndPutsTheFilterInTheAddress() {
        signInAs("intake");
        tokens.create("Audit filter token " + UUID.randomUUID());
        open("admin", "admin/audit");

        ComboBox<AuditActor> user = _get(ComboBox.class, spec -> spec.withId("audit-user"));
        ComboBoxKt.setUserInput(user, "ntak");
        List<AuditActor> offered = ComboBoxKt.getSuggestionItems(user);
        assertThat(offered).extracting(AuditActor::username).contains("intake");
        user.setValue(offered.stream().filter(a -> a.username().equals("intake")).findFirst().orElseThrow());

        assertThat(GridKt._size(grid())).isPositive();
        assertThat(all()).allMatch(e -> e.actor().equals("intake"))
                .anyMatch(e -> e.action().equals("API_TOKEN_CREATED"));
        assertThat(UI.getCurrent().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("admin/audit?user=intake");
    }

    @Test
    @SuppressWarnings("unchecked")
    void readsTheRecordUserAndOutcomeFromTheAddressAndCountsTheMatchingEntries() {
        String key = "QV-" + (100 + new java.util.Random().nextInt(800));
        audit.record(new AuditRecord("LEAD_VIEWED", "tester", "LEAD", key, AuditOutcome.SUCCESS, "10.1.2.3",
                Map.of()));
        audit.recordWithKeys(new AuditRecord("LEADS_LISTED", "tester", "LEAD", null, AuditOutcome.SUCCESS, null,
                Map.of("count", 2)), List.of(key + "0", key));
        audit.record(new AuditRecord("LEAD_VIEWED", "other", "LEAD", key, AuditOutcome.SUCCESS, null, Map.of()));

        signInAs("admin");
        UI.getCurrent().navigate("admin/audit",
                QueryParameters.fromString("record=" + key + "&user=tester&outcome=success"));

        assertThat(_get(TextField.class, spec -> spec.withId("audit-record")).getValue()).isEqualTo(key);
        assertThat(_get(ComboBox.class, spec -> spec.withId("audit-user")).getValue())
                .isEqualTo(new AuditActor("tester", null));
        assertThat(all()).extracting(AuditEntryView::action).containsExactly("LEADS_LISTED", "LEAD_VIEWED");
        assertThat(_get(Span.class, spec -> spec.withId("audit-count")).getText()).isEqualTo("2 entries");

        _get(TextField.class, spec -> spec.withId("audit-record")).setValue(key + "0");
        assertThat(_get(Span.class, spec -> spec.withId("audit-count")).getText()).isEqualTo("1 entry");
        assertThat(UI.getCurrent().getActiveViewLocation().getPathWithQueryParameters())
                .contains("record=" + key + "0", "user=tester", "outcome=success");
    }

    @Test
    void aRecordThatIsNotAKeyIsExplainedAtTheField() {
        open("admin", "admin/audit");
        TextField record = _get(TextField.class, spec -> spec.withId("audit-record"));

        record.setValue("PW-%");

        assertThat(record.isInvalid()).isTrue();
        assertThat(record.getErrorMessage()).startsWith("Enter one record's key, such as PW-12");
    }

    @Test
    void opensARowToReadEveryDetailAndTheFullTime() {
        String marker = record("UI_TEST_EVENT", "tester", AuditOutcome.DENIED);
        open("admin", "admin/audit");
        AuditEntryView first = GridKt._get(grid(), 0);
        assertThat(first.entityId()).isEqualTo(marker);

        GridKt._clickItem(grid(), 0, 0, false, false, false, false);

        Dialog dialog = _get(Dialog.class, spec -> spec.withId("audit-entry"));
        assertThat(dialog.isOpened()).isTrue();
        Map<String, String> shown = new java.util.LinkedHashMap<>();
        com.github.mvysny.kaributesting.v10.LocatorJ._find(dialog, FormLayout.FormItem.class)
                .forEach(item -> shown.put(item.getChildren().skip(1).findFirst().orElseThrow().getElement().getText(),
                        item.getChildren().findFirst().orElseThrow().getElement().getText()));
        assertThat(shown).containsEntry("User", "tester").containsEntry("Action", "UI_TEST_EVENT")
                .containsEntry("Record", "NOTE " + marker).containsEntry("Outcome", "Denied")
                .containsEntry("Client address", "10.1.2.3").containsEntry("Detail: reason", "testing");
        assertThat(shown.get("Time")).contains(String.valueOf(first.occurredAt().atZone(time.zone()).getYear()),
                time.zone().getId());
    }

    @Test
    @SuppressWarnings("unchecked")
    void filtersByActionAndOutcome() {
        String failed = record("UI_TEST_FAILURE", "mallory", AuditOutcome.FAILURE);
        record("UI_TEST_EVENT", "tester", AuditOutcome.SUCCESS);
        open("admin", "admin/audit");

        ComboBox<String> action = _get(ComboBox.class, spec -> spec.withId("audit-action"));
        action.setValue("UI_TEST_FAILURE");
        assertThat(all()).isNotEmpty().allMatch(e -> e.action().equals("UI_TEST_FAILURE"));

        action.clear();
        Select<AuditOutcome> outcome = _get(Select.class, spec -> spec.withId("audit-outcome"));
        outcome.setValue(AuditOutcome.FAILURE);
        assertThat(all()).isNotEmpty().allMatch(e -> e.outcome() == AuditOutcome.FAILURE)
                .anyMatch(e -> failed.equals(e.entityId()));
        assertThat(GridKt._getCellComponent(grid(), 0, "outcome").getElement().getText()).isEqualTo("Failure");

        _click(_get(Button.class, spec -> spec.withId("audit-clear")));
        assertThat(all()).anyMatch(e -> e.outcome() == AuditOutcome.SUCCESS);
    }

    @Test
    void filtersByDayRangeAndRefusesAnEndBeforeTheStart() {
        record("UI_TEST_EVENT", "tester", AuditOutcome.SUCCESS);
        open("admin", "admin/audit");
        LocalDate today = LocalDate.now(time.zone());
        DatePicker from = _get(DatePicker.class, spec -> spec.withId("audit-from"));
        DatePicker to = _get(DatePicker.class, spec -> spec.withId("audit-to"));

        from.setValue(today);
        to.setValue(today);
        int todays = GridKt._size(grid());
        assertThat(todays).isPositive();

        from.setValue(today.plusDays(1));
        assertThat(to.isInvalid()).isTrue();
        assertThat(to.getErrorMessage()).isEqualTo("The end of the time range must not be before its start.");
        assertThat(GridKt._size(grid())).as("the last valid filter stays applied").isEqualTo(todays);

        to.setValue(today.plusDays(2));
        assertThat(to.isInvalid()).isFalse();
        assertThat(GridKt._size(grid())).isZero();
    }

    private String record(String action, String actor, AuditOutcome outcome) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        audit.record(new AuditRecord(action, actor, "NOTE", id, outcome, "10.1.2.3", Map.of("reason", "testing")));
        return id;
    }

    @SuppressWarnings("unchecked")
    private static Grid<AuditEntryView> grid() {
        return _get(Grid.class, spec -> spec.withId("audit-grid"));
    }

    private static List<AuditEntryView> all() {
        return GridKt._fetch(grid(), 0, GridKt._size(grid()));
    }
}
