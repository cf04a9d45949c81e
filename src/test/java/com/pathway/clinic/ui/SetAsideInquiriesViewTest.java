package com.pathway.clinic.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import tools.jackson.databind.json.JsonMapper;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.pathway.clinic.FailedInquiry;
import com.pathway.clinic.HeldInquiry;
import com.pathway.clinic.LeadForm;
import com.pathway.clinic.Leads;
import com.pathway.clinic.SetAsideInquiries;
import com.pathway.clinic.SetAsideInquiryService;
import com.pathway.clinic.internal.InquiryIntake;
import com.pathway.shared.ConflictException;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.NotFoundException;
import com.pathway.shared.crypto.ColumnCipher;
import com.pathway.support.ViewTest;
import com.pathway.workflow.SignedIn;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;

/**
 * A web inquiry that could not become a lead by itself, entered by hand by an intake coordinator: from the lead list's
 * notice to the list, the New lead form filled from it, corrected and created; the reads and the entry audited; and
 * every refusal (not set aside, unreadable, held by someone else, a form with problems) saying why.
 */
class SetAsideInquiriesViewTest extends ViewTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ColumnCipher cipher;

    @Autowired
    JsonMapper json;

    @Autowired
    InquiryIntake intake;

    @Autowired
    SetAsideInquiryService setAside;

    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void noneLeftSetAside() {
        jdbc.update("delete from inquiry_inbox");
    }

    /** A set-aside inquiry whose form reads, as its sender filled it; its reference. */
    private String setAside(LeadForm form) {
        return SetAsideInquiries.storeReadable(jdbc, cipher, json, intake, form,
                "com.pathway.shared.InvalidInputException");
    }

    private static TextField text(String id) {
        return _get(TextField.class, spec -> spec.withId("lead-" + id));
    }

    @SuppressWarnings("unchecked")
    private static Grid<FailedInquiry> grid() {
        return _get(Grid.class, spec -> spec.withId("set-aside-inquiries"));
    }

    private static int rowOf(String reference) {
        for (int i = 0; i < GridKt._size(grid()); i++) {
            if (GridKt._get(grid(), i).reference().equals(reference)) {
                return i;
            }
        }
        throw new AssertionError("No row for " + reference);
    }

    /** The New lead form filled from the inquiry {@code reference}, as the intake coordinator. */
    private void openFilledFrom(String reference) {
        open("intake", "leads");
        com.vaadin.flow.component.UI.getCurrent().navigate(NewLeadView.class,
                com.vaadin.flow.router.QueryParameters.of(SetAsideInquiriesView.INQUIRY, reference));
    }

    private List<String> audited(String action, String reference) {
        return jdbc.queryForList("select actor || ' ' || outcome from audit_entry where action = ? and entity_id = ? "
                + "order by id", String.class, action, reference);
    }

    @Test
    void aCoordinatorFindsTheInquiryFromTheLeadListCorrectsItAndCreatesItsLead() {
        String reference = setAside(Leads.form("Marisol", "Setaside", Leads.phoneOfItsOwn().e164(), null));

        open("intake", "leads");
        Div notice = _get(Div.class, spec -> spec.withId("set-aside-notice"));
        assertThat(notice.getElement().getTextRecursively()).contains("could not become");
        RouterLink link = _get(notice, RouterLink.class);
        boolean one = setAside.count() == 1;
        assertThat(notice.getElement().getTextRecursively()).startsWith(one ? "1 web inquiry could not become a lead"
                : setAside.count() + " web inquiries could not become leads");
        assertThat(link.getText()).isEqualTo(one ? "Enter it by hand" : "Enter them by hand");
        assertThat(link.getHref()).isEqualTo("inquiries/set-aside");
        com.vaadin.flow.component.UI.getCurrent().navigate(link.getHref());
        assertThat(_get(SetAsideInquiriesView.class)).isNotNull();
        List<String> row = GridKt._getFormattedRow(grid(), rowOf(reference));
        assertThat(row).as("the list shows no part of the form").noneMatch(cell -> cell.contains("Marisol"));
        assertThat(audited("INQUIRY_READ", reference)).as("listing reads no form").isEmpty();

        _click((Button) GridKt._getCellComponent(grid(), rowOf(reference), "actions"));
        assertThat(_get(NewLeadView.class)).isNotNull();
        assertThat(text("firstName").getValue()).isEqualTo("Marisol");
        assertThat(text("lastName").getValue()).isEqualTo("Setaside");
        assertThat(_get(Paragraph.class, spec -> spec.withId("from-inquiry")).getText()).contains(reference);
        assertThat(audited("INQUIRY_READ", reference)).containsExactly("intake SUCCESS");

        // A problem the coordinator must put right keeps the inquiry and what was typed.
        text("lastName").setValue("");
        _click(_get(Button.class, spec -> spec.withId("create-lead")));
        assertThat(text("lastName").isInvalid()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from inquiry_inbox where reference = ?", Integer.class,
                reference)).isOne();

        text("lastName").setValue("Setaside-Ruiz");
        _click(_get(Button.class, spec -> spec.withId("create-lead")));

        var lead = jdbc.queryForMap("select l.item_key, l.last_name, i.reporter from lead l "
                + "join wf_item i on i.id = l.id where l.inquiry_reference = ?", reference);
        assertThat(lead).containsEntry("LAST_NAME", "Setaside-Ruiz").containsEntry("REPORTER", "intake");
        assertThat(notifications()).anyMatch(t -> t.equals(lead.get("ITEM_KEY") + " created from web inquiry "
                + reference + "."));
        assertThat(jdbc.queryForObject("select count(*) from inquiry_inbox where reference = ?", Integer.class,
                reference)).as("the inquiry leaves the inbox with its lead").isZero();
        assertThat(audited("INQUIRY_ENTERED", reference)).containsExactly("intake SUCCESS");
        assertThat(jdbc.queryForObject("select details from audit_entry where action = 'INQUIRY_ENTERED' "
                + "and entity_id = ?", String.class, reference)).as("the changed field by name, never its value")
                .contains("\"changedFields\":[\"lastName\"]").doesNotContain("Setaside");

        open("intake", "leads");
        assertThat(_find(Div.class, spec -> spec.withId("set-aside-notice"))).as("none left").isEmpty();
    }

    @Test
    void theListAndItsNoticeAreForThoseWhoEnterLeads() {
        setAside(Leads.form("Noa", "Onlyintake", Leads.phoneOfItsOwn().e164(), null));
        open("manager", "leads");
        assertThat(_find(Div.class, spec -> spec.withId("set-aside-notice"))).hasSize(1);
        signOut();
        open("clinician", "leads");
        assertThat(_find(Div.class, spec -> spec.withId("set-aside-notice"))).isEmpty();
    }

    @Test
    void anInquiryThatIsNotSetAsideOrCannotBeReadIsRefusedWithTheReason() {
        String unreadable = intake.newReference();
        SetAsideInquiries.store(jdbc, unreadable, cipher.encrypt("inquiry_inbox.form", "{\"firstName\": "),
                "tools.jackson.core.exc.UnexpectedEndOfInputException", Instant.now(), Instant.now());

        openFilledFrom(unreadable);
        Paragraph said = _get(Paragraph.class, spec -> spec.withId("from-inquiry"));
        assertThat(said.getText()).contains(unreadable, "cannot be read", "An administrator must put the cause right");
        assertThat(text("firstName").getValue()).isEmpty();
        assertThat(audited("INQUIRY_READ", unreadable)).containsExactly("intake FAILURE");

        openFilledFrom("INQ-NOSUCHONE");
        assertThat(_get(Paragraph.class, spec -> spec.withId("from-inquiry")).getText())
                .contains("INQ-NOSUCHONE", "is not set aside", "its lead has been created");

        SignedIn.as("intake", "INTAKE_COORDINATOR");
        try {
            String waiting = intake.newReference();
            jdbc.update("insert into inquiry_inbox (reference, form, received_at) values (?, 'x', current_timestamp)",
                    waiting);
            assertThatThrownBy(() -> setAside.open(waiting)).isInstanceOf(NotFoundException.class)
                    .hasMessageContaining("waits for its lead");
            assertThatThrownBy(() -> setAside.enter(waiting, Leads.form("A", "B", null, "a@example.org")))
                    .isInstanceOf(NotFoundException.class).hasMessageContaining("waits for its lead");
        } finally {
            SignedIn.out();
        }
    }

    @Test
    void anInquiryBeingEnteredBySomeoneElseIsRefusedAndAFormWithProblemsChangesNothing() throws Exception {
        LeadForm form = Leads.form("Ilse", "Heldby", Leads.phoneOfItsOwn().e164(), null);
        String reference = setAside(form);
        long leadsBefore = jdbc.queryForObject("select count(*) from lead", Long.class);
        try {
            SignedIn.as("intake", "INTAKE_COORDINATOR");
            try (HeldInquiry held = HeldInquiry.hold(transactions, jdbc, reference, Duration.ofSeconds(10))) {
                assertThatThrownBy(() -> setAside.enter(reference, form)).isInstanceOf(ConflictException.class)
                        .hasMessageContaining("being entered or tried by someone else");
            }

            LeadForm noName = new LeadForm(form.firstName(), "", form.preferredName(), form.dateOfBirth(),
                    form.phone(), form.altPhone(), form.email(), form.preferredContact(), form.preferredContactTime(),
                    form.source(), form.campaignSource(), form.campaignMedium(), form.campaignName(),
                    form.referrerId(), form.conditionOfInterest(), form.payer(), form.selfPay(), form.phoneConsent(),
                    form.smsConsent(), form.emailConsent(), form.privacyNotice(), form.tags(), form.priority(),
                    form.coordinator(), form.clinician(), form.message());
            assertThatThrownBy(() -> setAside.enter(reference, noName)).isInstanceOf(InvalidInputException.class);
        } finally {
            SignedIn.out();
        }
        assertThat(jdbc.queryForObject("select count(*) from lead", Long.class)).isEqualTo(leadsBefore);
        assertThat(jdbc.queryForObject("select count(*) from inquiry_inbox where reference = ?", Integer.class,
                reference)).isOne();
        assertThat(audited("INQUIRY_ENTERED", reference)).isEmpty();
    }
}
