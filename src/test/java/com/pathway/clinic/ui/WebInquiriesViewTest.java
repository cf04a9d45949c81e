package com.pathway.clinic.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.json.JsonMapper;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.pathway.clinic.FailedInquiry;
import com.pathway.clinic.Leads;
import com.pathway.clinic.SetAsideInquiries;
import com.pathway.clinic.internal.InquiryIntake;
import com.pathway.shared.crypto.ColumnCipher;
import com.pathway.support.ViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;

class WebInquiriesViewTest extends ViewTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ColumnCipher cipher;

    @Autowired
    JsonMapper json;

    @Autowired
    InquiryIntake intake;

    @SuppressWarnings("unchecked")
    private Grid<FailedInquiry> grid() {
        return _get(Grid.class, spec -> spec.withId("inquiries-failed"));
    }

    @Test
    void anAdministratorSeesAFailedInquiryWithoutItsFormAndTriesItAgainUntilItIsALead() {
        String reference = intake.newReference();
        // Set aside after three attempts: a form that no longer reads, as the inbox's own test makes one.
        SetAsideInquiries.store(jdbc, reference, cipher.encrypt("inquiry_inbox.form", "{\"firstName\": "),
                "tools.jackson.core.exc.UnexpectedEndOfInputException", Instant.now().minusSeconds(600), Instant.now());

        open("admin", "admin/inquiries");
        assertThat(_get(Span.class, spec -> spec.withId("inquiries-waiting")).getText()).contains("waiting");
        int row = rowOf(reference);
        assertThat(GridKt._getFormattedRow(grid(), row)).contains(reference, "3", "UnexpectedEndOfInputException");

        Button retry = (Button) GridKt._getCellComponent(grid(), row, "actions");
        assertThat(retry.getText()).isEqualTo("Try again");
        _click(retry);
        assertThat(notifications()).anyMatch(t -> t.contains(reference) && t.contains("still could not become a lead")
                && t.contains("It stays here"));
        assertThat(GridKt._getFormattedRow(grid(), rowOf(reference))).as("kept, one attempt more").contains("4");
        assertThat(leadsWith(reference)).isZero();

        // The cause put right: the form reads again.
        jdbc.update("update inquiry_inbox set form = ? where reference = ?", cipher.encrypt("inquiry_inbox.form",
                json.writeValueAsString(intake.check(Leads.form("Wren", "Inboxview", Leads.phoneOfItsOwn().e164(),
                        null)))), reference);
        open("admin", "admin/inquiries");
        List<String> cells = GridKt._getFormattedRow(grid(), rowOf(reference));
        assertThat(cells).as("the form is never shown").noneMatch(c -> c.contains("Wren") || c.contains("Inboxview"));
        _click((Button) GridKt._getCellComponent(grid(), rowOf(reference), "actions"));

        String key = jdbc.queryForObject("select item_key from lead where inquiry_reference = ?",
                String.class, reference);
        assertThat(notifications()).anyMatch(t -> t.equals("Web inquiry " + reference + " is now lead " + key + "."));
        assertThat(leadsWith(reference)).isEqualTo(1);
        assertThat(GridKt._findAll(grid()).stream().map(FailedInquiry::reference)).doesNotContain(reference);
        assertThat(jdbc.queryForList("select outcome from audit_entry where action = 'INQUIRY_RETRIED' "
                + "and entity_id = ? order by id", String.class, reference)).containsExactly("FAILURE", "SUCCESS");
    }

    private int leadsWith(String reference) {
        return jdbc.queryForObject("select count(*) from lead where inquiry_reference = ?", Integer.class, reference);
    }

    private int rowOf(String reference) {
        for (int i = 0; i < GridKt._size(grid()); i++) {
            if (GridKt._get(grid(), i).reference().equals(reference)) {
                return i;
            }
        }
        throw new AssertionError("No row for " + reference);
    }
}
