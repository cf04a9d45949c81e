package com.pathway.clinic.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.pathway.clinic.LeadDetails;
import com.pathway.clinic.LeadEdit;
import com.pathway.clinic.LeadForm;
import com.pathway.clinic.LeadService;
import com.pathway.clinic.Leads;
import com.pathway.clinic.screening.ScreeningService;
import com.pathway.clinic.screening.ScreeningSteps;
import com.pathway.support.ViewTest;
import com.pathway.support.TimelineText;
import com.pathway.ui.view.AccessDeniedView;
import com.pathway.workflow.TransitionRequest;
import com.pathway.workflow.WorkflowService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;

class LeadPageTest extends ViewTest {

    @Autowired
    ScreeningService screenings;
    @Autowired
    LeadService leads;

    @Autowired
    WorkflowService workflow;

    @Autowired
    JdbcTemplate jdbc;

    private LeadDetails newLead(String last, String phone) {
        signInAs("intake");
        LeadDetails lead = leads.create(Leads.form("Jules", last, phone, last.toLowerCase() + "@example.org"));
        signOut();
        return lead;
    }

    private LeadDetails newLead(String last) {
        return newLead(last, "(202) 555-" + (1000 + (int) (Math.random() * 8999)));
    }

    private static String unique(String name) {
        return name + UUID.randomUUID().toString().substring(0, 6);
    }

    private static List<String> timelineTitles() {
        return TimelineText.titles();
    }

    private static TextField field(String id) {
        return _get(TextField.class, spec -> spec.withId("lead-" + id));
    }

    private long audits(String key) {
        return jdbc.queryForObject("select count(*) from audit_entry where action = 'LEAD_VIEWED' and entity_id = ?",
                Long.class, key);
    }

    @Test
    void aRowOfTheLeadListOpensTheLeadPage() {
        String last = unique("Galloway");
        LeadDetails lead = newLead(last);
        open("intake", "leads");
        UI.getCurrent().navigate("leads", QueryParameters.fromString("q=" + last));
        @SuppressWarnings("unchecked")
        Grid<com.pathway.clinic.LeadSummary> grid = _get(Grid.class, spec -> spec.withId("leads-grid"));

        GridKt._clickItem(grid, 0, "status"); // a cell, not the key's link (a link opens itself, in a new tab if asked)

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("leads/" + lead.key());
        assertThat(_get(H2.class, spec -> spec.withId("lead-title")).getText())
                .isEqualTo(lead.key() + " · Jules " + last);
    }

    @Test
    void showsStatusContactConsentAndTransitionsWithoutTheAdministratorsWorkItemLinkAndAuditsTheView() {
        LeadDetails lead = newLead(unique("Ibarra"));
        long before = audits(lead.key());

        open("intake", "leads/" + lead.key());

        assertThat(_get(Div.class, spec -> spec.withId("lead-status")).getElement().getTextRecursively())
                .isEqualTo("New inquiry");
        String facts = factsText();
        // Phones as staff dial them: the national format, a tel: link.
        assertThat(facts).contains("(202) 555-" + lead.phone().substring(8), lead.email(), "Not given", "Given Jan 5, 2026", "by phone call",
                "depression");
        assertThat(_find(Anchor.class, spec -> spec.withId("work-item-link"))).as("work item pages are for administrators")
                .isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("transition-contact"))).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withId("edit-lead"))).hasSize(1);
        assertThat(audits(lead.key())).isGreaterThan(before);
    }

    @Test
    void theTimelineShowsTransitionsAndFieldChangesNewestFirst() {
        LeadDetails lead = newLead(unique("Takeda"));
        open("intake", "leads/" + lead.key());

        _click(_get(Button.class, spec -> spec.withId("transition-contact")));
        _click(_get(Button.class, spec -> spec.withId("screen-confirm")));
        _click(_get(Button.class, spec -> spec.withId("edit-lead")));
        field("phone").setValue("(202) 555-0111");
        _click(_get(Button.class, spec -> spec.withId("save-lead")));
        _click(_get(Button.class, spec -> spec.withId("transition-schedule-consultation")));
        _click(_get(Button.class, spec -> spec.withId("screen-confirm")));

        // Scheduling the consultation also created the confirmation call (the workflow's post-function).
        assertThat(timelineTitles()).containsExactly("Task created", "Schedule consultation", "Phone changed",
                "Contact", "Created in New inquiry");
        assertThat(TimelineText.text()).contains("Contacted → Consultation scheduled", "→ +12025550111");
        assertThat(_get(Div.class, spec -> spec.withId("lead-status")).getElement().getTextRecursively())
                .isEqualTo("Consultation scheduled");
    }

    @Test
    void theEditFormIsMadeAtTheFirstEditOnceAndReadersNeverHoldIt() {
        LeadDetails lead = newLead(unique("Marchetti"));
        open("intake", "leads/" + lead.key());
        assertThat(editorsOnPage()).as("reading a lead makes no form").isZero();

        _click(_get(Button.class, spec -> spec.withId("edit-lead")));
        assertThat(field("lastName").getValue()).isEqualTo(lead.lastName());
        assertThat(_find(Div.class, spec -> spec.withId("lead-facts"))).isEmpty();
        _click(_get(Button.class, spec -> spec.withId("cancel-edit")));
        assertThat(factsText())
                .contains(lead.email());

        _click(_get(Button.class, spec -> spec.withId("edit-lead")));
        field("preferredName").setValue("Jo");
        _click(_get(Button.class, spec -> spec.withId("save-lead")));
        assertThat(leads.get(lead.key()).form().preferredName()).isEqualTo("Jo");
        assertThat(editorsOnPage()).as("the second Edit reused the form").isEqualTo(1);
    }

    @Test
    void whatALeadSaysIsShownAsTextNeverAsMarkup() {
        LeadForm f = Leads.form("Jules", unique("Vance"), "(202) 555-0177", "vance@example.org");
        String payer = "<img src=x onerror=alert(1)>";
        LeadForm marked = new LeadForm(f.firstName(), f.lastName(), "Jo & \"Jay\"", f.dateOfBirth(), f.phone(),
                f.altPhone(), f.email(), f.preferredContact(), "</span><script>alert(2)</script>", f.source(),
                f.campaignSource(), f.campaignMedium(), f.campaignName(), f.referrerId(), f.conditionOfInterest(),
                payer, false, f.phoneConsent(), f.smsConsent(), f.emailConsent(), f.privacyNotice(), f.tags(),
                f.priority(), f.coordinator(), f.clinician(), "Hi <img src=x onerror=alert(3)> & bye");
        signInAs("intake");
        LeadDetails lead = leads.create(marked);
        signOut();

        open("intake", "leads/" + lead.key());

        String html = _get(Div.class, spec -> spec.withId("lead-facts")).getElement().getProperty("innerHTML", "");
        org.jsoup.nodes.Document shown = org.jsoup.Jsoup.parseBodyFragment(html);
        assertThat(shown.select("img, script")).as("no element comes from what a lead says").isEmpty();
        assertThat(shown.select(".lead-fact").stream().map(org.jsoup.nodes.Element::text))
                .contains("Payer" + payer, "Preferred nameJo & \"Jay\"",
                        "Best time to reach</span><script>alert(2)</script>");
        assertThat(shown.select("a.lead-phone").attr("href")).isEqualTo("tel:+12025550177");
        org.jsoup.nodes.Document message = org.jsoup.Jsoup.parseBodyFragment(_get(Div.class,
                spec -> spec.withId("lead-message")).getElement().getProperty("innerHTML", ""));
        assertThat(message.select("img, script")).as("no element comes from the patient's message").isEmpty();
        assertThat(message.selectFirst(".lead-message-text").text()).isEqualTo("Hi <img src=x onerror=alert(3)> & bye");
    }

    @Test
    void aLeadPageKeepsFewServerSideNodes() {
        LeadDetails lead = newLead(unique("Nakamura"));
        open("intake", "leads/" + lead.key());
        java.util.concurrent.atomic.AtomicInteger nodes = new java.util.concurrent.atomic.AtomicInteger();
        _get(LeadPage.class).getElement().getNode().visitNodeTree(node -> nodes.incrementAndGet());
        // Each node stays in the session's memory while the page is open: about 420 before the facts were
        // sent as markup and the edit form made at the first Edit, 244 before the activity was sent as markup,
        // the assignment pickers made at the first Change and the clinicians' cards left off.
        assertThat(nodes.get()).isLessThanOrEqualTo(150);
    }

    @Test
    void aCoordinatorsLeadPageHoldsNoHiddenCardOrFormItCannotUse() {
        LeadDetails lead = newLead(unique("Okafor"));
        open("intake", "leads/" + lead.key());
        // Hidden parts would stay in the session's memory for as long as the page is open, with the calls their
        // components make to the browser waiting for them to be shown.
        assertThat(idsOnPage()).doesNotContain("lead-screening", "lead-outcomes", "note-visibility", "picker-coordinator",
                "picker-clinician", "save-coordinator");
        _click(_get(Button.class, spec -> spec.withId("change-coordinator")));
        assertThat(idsOnPage()).contains("picker-coordinator", "save-coordinator").doesNotContain("picker-clinician");
        _click(_get(Button.class, spec -> spec.withId("cancel-coordinator")));
        _click(_get(Button.class, spec -> spec.withId("change-coordinator")));
        assertThat(idsOnPage().stream().filter("picker-coordinator"::equals)).as("made once").hasSize(1);
        signOut();

        open("clinician", "leads/" + lead.key());
        assertThat(idsOnPage()).contains("lead-screening", "lead-outcomes", "note-visibility");
    }

    @Test
    void aLeadListsTheOtherLeadsOfItsReferrerAsLinksWithTheirNamesAsText() {
        signInAs("intake");
        long referrer = leads.createReferrer("Dr. Ada Quill", "Quill Family Practice");
        String family = unique("Quill");
        LeadDetails first = leads.create(Leads.withReferrer(Leads.form("<b>Bo</b>", family,
                Leads.phoneOfItsOwn().international(), null), referrer));
        LeadDetails second = leads.create(Leads.withReferrer(Leads.form("Cy", family,
                Leads.phoneOfItsOwn().international(), null), referrer));
        signOut();

        open("intake", "leads/" + second.key());
        org.jsoup.nodes.Element list = org.jsoup.Jsoup.parseBodyFragment(_get(Div.class,
                spec -> spec.withId("same-referrer")).getElement().getProperty("innerHTML", "")).body();
        assertThat(list.select(".referred-lead")).hasSize(1);
        org.jsoup.nodes.Element link = list.selectFirst(".referred-lead a");
        assertThat(link.attr("href")).isEqualTo("leads/" + first.key());
        assertThat(link.hasAttr("router-link")).as("a click stays in the app").isTrue();
        assertThat(list.select("b")).as("a name is text, never markup").isEmpty();
        assertThat(list.selectFirst(".referred-lead").text()).isEqualTo(first.key() + " <b>Bo</b> " + family
                + " \u00b7 New inquiry");
    }

    /** The ids of every component on the page, shown or hidden. */
    private static List<String> idsOnPage() {
        return descendants(UI.getCurrent()).map(c -> c.getId().orElse("")).filter(id -> !id.isEmpty()).toList();
    }

    /** The facts as the browser shows them: the block is sent as markup in one element. */
    private static String factsText() {
        return org.jsoup.Jsoup.parse(_get(Div.class, spec -> spec.withId("lead-facts")).getElement()
                .getProperty("innerHTML", "")).text();
    }

    /** Every edit form on the page, shown or hidden (Karibu's lookups see only what is shown). */
    private static long editorsOnPage() {
        return descendants(UI.getCurrent()).filter(LeadEditor.class::isInstance).count();
    }

    private static java.util.stream.Stream<com.vaadin.flow.component.Component> descendants(
            com.vaadin.flow.component.Component root) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(root),
                root.getChildren().flatMap(LeadPageTest::descendants));
    }

    @Test
    void aStaleSaveSaysSoKeepsWhatWasTypedAndCanSaveItOverTheirs() {
        LeadDetails lead = newLead(unique("Okonkwo"));
        open("intake", "leads/" + lead.key());
        _click(_get(Button.class, spec -> spec.withId("edit-lead")));
        field("preferredName").setValue("Jay");
        field("phone").setValue("(202) 555-0122");

        // Someone else saves first.
        LeadForm f = lead.form();
        leads.update(lead.key(), new LeadForm(f.firstName(), f.lastName(), f.preferredName(), f.dateOfBirth(),
                f.phone(), f.altPhone(), "someone.else@example.org", f.preferredContact(), f.preferredContactTime(),
                f.source(), f.campaignSource(), f.campaignMedium(), f.campaignName(), f.referrerId(),
                f.conditionOfInterest(), f.payer(), f.selfPay(), f.phoneConsent(), f.smsConsent(), f.emailConsent(),
                f.privacyNotice(), f.tags(), f.priority(), f.coordinator(), f.clinician(), f.message()),
                lead.version());

        _click(_get(Button.class, spec -> spec.withId("save-lead")));

        Div conflict = _get(Div.class, spec -> spec.withId("edit-conflict"));
        assertThat(_get(conflict, Paragraph.class).getText()).contains("Someone else saved " + lead.key())
                .contains("your changes are still in the form");
        assertThat(field("preferredName").getValue()).isEqualTo("Jay");
        assertThat(field("phone").getValue()).isEqualTo("(202) 555-0122");
        assertThat(leads.get(lead.key()).phone()).as("nothing of ours saved yet").isEqualTo(lead.phone());

        _click(_get(Button.class, spec -> spec.withId("conflict-save-mine")));

        LeadDetails saved = leads.get(lead.key());
        assertThat(saved.phone()).isEqualTo("+12025550122");
        assertThat(saved.form().preferredName()).isEqualTo("Jay");
        assertThat(_find(Div.class, spec -> spec.withId("edit-conflict"))).isEmpty();
        assertThat(factsText())
                .contains("(202) 555-0122", "Jay");
    }

    @Test
    void savingMineOverTheirsOverwritesOnlyMyFieldsAndTheBannerSaysFieldByFieldWhoChangedWhat() {
        LeadDetails lead = newLead(unique("Mbeki"));
        open("intake", "leads/" + lead.key());
        _click(_get(Button.class, spec -> spec.withId("edit-lead")));
        field("preferredName").setValue("Jay");
        field("phone").setValue("(202) 555-0123");

        // Someone else records the payer and a new e-mail meanwhile.
        LeadForm f = lead.form();
        LeadForm theirs = new LeadForm(f.firstName(), f.lastName(), f.preferredName(), f.dateOfBirth(), f.phone(),
                f.altPhone(), "someone.else@example.org", f.preferredContact(), f.preferredContactTime(), f.source(),
                f.campaignSource(), f.campaignMedium(), f.campaignName(), f.referrerId(), f.conditionOfInterest(),
                "Cigna", f.selfPay(), f.phoneConsent(), f.smsConsent(), f.emailConsent(), f.privacyNotice(), f.tags(),
                f.priority(), f.coordinator(), f.clinician(), f.message());
        signInAs("intake");
        leads.update(lead.key(), LeadEdit.between(f, theirs, lead.version()));

        _click(_get(Button.class, spec -> spec.withId("save-lead")));

        Div conflict = _get(Div.class, spec -> spec.withId("edit-conflict"));
        List<com.vaadin.flow.component.Component> editor = _get(LeadEditor.class).getChildren().toList();
        assertThat(editor.indexOf(conflict)).as("the banner sits where the Save button was")
                .isEqualTo(editor.indexOf(_get(LeadFormFields.class)) + 1);
        assertThat(_find(Button.class, spec -> spec.withId("save-lead"))).isEmpty();
        assertThat(_find(conflict, ListItem.class).stream().map(li -> li.getElement().getTextRecursively()))
                .containsExactly("Preferred name: you changed (empty) → Jay.",
                        "Phone: you changed " + lead.phone() + " → (202) 555-0123.",
                        "E-mail: they changed " + lead.email() + " → someone.else@example.org.",
                        "Payer: they changed (empty) → Cigna.");

        _click(_get(Button.class, spec -> spec.withId("conflict-save-mine")));

        assertThat(leads.get(lead.key()).form()).isEqualTo(new LeadForm(f.firstName(), f.lastName(), "Jay",
                f.dateOfBirth(), "+12025550123", f.altPhone(), "someone.else@example.org", f.preferredContact(),
                f.preferredContactTime(), f.source(), f.campaignSource(), f.campaignMedium(), f.campaignName(),
                f.referrerId(), f.conditionOfInterest(), "Cigna", f.selfPay(), f.phoneConsent(), f.smsConsent(),
                f.emailConsent(), f.privacyNotice(), f.tags(), f.priority(), f.coordinator(), f.clinician(),
                f.message()));
        assertThat(_find(Div.class, spec -> spec.withId("edit-conflict"))).isEmpty();
    }

    @Test
    void invalidEditsAreMarkedOnTheFieldsAndNothingIsSaved() {
        LeadDetails lead = newLead(unique("Fairweather"));
        open("intake", "leads/" + lead.key());
        _click(_get(Button.class, spec -> spec.withId("edit-lead")));
        field("firstName").setValue("");
        field("phone").setValue("555");

        _click(_get(Button.class, spec -> spec.withId("save-lead")));

        assertThat(field("firstName").getErrorMessage()).isEqualTo("Enter a name of 1 to 100 characters.");
        assertThat(field("phone").isInvalid()).isTrue();
        assertThat(field("phone").getValue()).isEqualTo("555");
        assertThat(leads.get(lead.key()).version()).isEqualTo(lead.version());
    }

    @Test
    void aClinicianSeesALeadInAClinicalStageWithoutEditControls() {
        LeadDetails lead = newLead(unique("Lindgren"));
        signInAs("intake");
        for (String t : List.of("Contact", "Schedule consultation", "Consultation held")) {
            workflow.transition(lead.key(), TransitionRequest.of(t));
        }
        signOut();

        open("clinician", "leads/" + lead.key());

        assertThat(_get(H2.class, spec -> spec.withId("lead-title")).getText()).contains(lead.key());
        assertThat(_find(Button.class, spec -> spec.withId("edit-lead"))).isEmpty();
        assertThat(_find(Anchor.class, spec -> spec.withText("Merge…"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("transition-start-screening"))).hasSize(1);
        assertThat(timelineTitles()).first().isEqualTo("Consultation held");
    }

    @Test
    void onlyCliniciansSeeTheScreeningOutcomeOthersSeeThatItIsComplete() {
        LeadDetails lead = newLead(unique("Okonkwo"));
        signInAs("intake");
        for (String t : List.of("Contact", "Schedule consultation", "Consultation held", "Start screening")) {
            workflow.transition(lead.key(), TransitionRequest.of(t));
        }
        signInAs("clinician");
        ScreeningSteps.screen(screenings, lead.key(), "Contraindicated", java.time.Instant.parse("2026-02-01T15:00:00Z"));
        signOut();

        for (String user : List.of("manager", "intake")) {
            open(user, "leads/" + lead.key());
            String facts = factsText();
            assertThat(facts).as(user).contains("Complete, recorded").doesNotContain("Contraindicated")
                    .doesNotContain("Outcome");
            // Nor the timeline, nor anything else on the page.
            assertThat(UI.getCurrent().getElement().getTextRecursively() + factsText() + TimelineText.text()).as(user)
                    .doesNotContain("Contraindicated");
            signOut();
        }
        open("clinician", "leads/" + lead.key());
        assertThat(factsText())
                .contains("Complete, recorded", "Outcome", "Contraindicated");
    }

    @Test
    void aClinicianDoesNotLearnOfALeadOutsideClinicalStages() {
        LeadDetails lead = newLead(unique("Moreau"));

        open("clinician", "leads/" + lead.key());

        assertThat(_get(Paragraph.class, spec -> spec.withId("lead-missing")).getText())
                .isEqualTo("There is no item " + lead.key() + ".");
        assertThat(_find(Div.class, spec -> spec.withId("lead-facts"))).isEmpty();
    }

    @Test
    void possibleDuplicatesAreListedWithAMergeLinkForCoordinators() {
        String phone = "(202) 555-" + (1000 + (int) (Math.random() * 8999));
        LeadDetails first = newLead(unique("Brennan"), phone);
        LeadDetails second = newLead(unique("Brennan"), phone);

        open("intake", "leads/" + second.key());

        Div related = _get(Div.class, spec -> spec.withId("related-leads"));
        assertThat(_find(related, Div.class, spec -> spec.withClasses("duplicate-candidate")))
                .extracting(d -> d.getElement().getAttribute("data-key")).containsExactly(first.key());
        assertThat(_get(related, Anchor.class, spec -> spec.withText("Merge…")).getHref())
                .isEqualTo("leads/" + second.key() + "/merge?with=" + first.key());
    }

    @Test
    void administratorsDoNotOpenLeadPages() {
        LeadDetails lead = newLead(unique("Quade"));

        open("admin", "leads/" + lead.key());

        assertThat(_get(AccessDeniedView.class)).isNotNull();
    }

    private void enteredStatusAt(LeadDetails lead, Instant at) {
        // The engine's item and the clinic's read model of it (which the lead page reads) alike.
        jdbc.update("update wf_item set status_changed_at = ? where item_key = ?", Timestamp.from(at), lead.key());
        jdbc.update("update lead set status_changed_at = ? where item_key = ?", Timestamp.from(at), lead.key());
    }

    private static String statusLine() {
        return _get(Div.class, spec -> spec.withId("lead-status-age")).getElement().getTextRecursively();
    }

    @Test
    void theLeadPageSaysHowLongTheLeadHasBeenInItsStatusAndThatItIsNotOverdueWithinTheLimit() {
        LeadDetails lead = newLead(unique("Pemberton"));
        // The first status allows a day (the shipped workflow's "overdue: 1d").
        enteredStatusAt(lead, Instant.now().minus(Duration.ofHours(5)).minus(Duration.ofMinutes(3)));

        open("intake", "leads/" + lead.key());

        assertThat(_get(Span.class, spec -> spec.withClasses("lead-status-age")).getText())
                .isEqualTo("In " + lead.status() + " for 5 hours");
        assertThat(_find(Span.class, spec -> spec.withId("lead-overdue"))).isEmpty();
    }

    @Test
    void anOverdueLeadShowsByHowMuchBesideItsStatusAndTheLimit() {
        LeadDetails lead = newLead(unique("Ashworth"));
        enteredStatusAt(lead, Instant.now().minus(Duration.ofDays(2)).minus(Duration.ofHours(3)));

        open("intake", "leads/" + lead.key());

        Span overdue = _get(Span.class, spec -> spec.withId("lead-overdue"));
        assertThat(overdue.getText()).isEqualTo("Overdue by 1 day (limit 1 day)");
        assertThat(overdue.getElement().getThemeList()).contains("badge", "error");
        assertThat(statusLine()).isEqualTo("In " + lead.status() + " for 2 days"
                + "Overdue by 1 day (limit 1 day)");
    }

    @Test
    void aClosedLeadIsNeverOverdueHoweverLongAgoItClosed() {
        LeadDetails lead = newLead(unique("Thornbury"));
        signInAs("intake");
        workflow.transition(lead.key(), new TransitionRequest("Close", Map.of("resolution", "Declined"), null, null));
        signOut();
        enteredStatusAt(lead, Instant.now().minus(Duration.ofDays(400)));

        open("intake", "leads/" + lead.key());

        assertThat(_get(Span.class, spec -> spec.withClasses("lead-status-age")).getText())
                .isEqualTo("In Closed for 400 days");
        assertThat(_find(Span.class, spec -> spec.withId("lead-overdue"))).isEmpty();
    }
}
