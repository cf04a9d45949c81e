package com.pathway.clinic.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.pathway.clinic.LeadDetails;
import com.pathway.clinic.LeadService;
import com.pathway.clinic.Leads;
import com.pathway.clinic.ReferrerOption;
import com.pathway.support.ViewTest;
import com.pathway.ui.view.AccessDeniedView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;

class NewLeadViewTest extends ViewTest {

    @Autowired
    LeadService leads;

    @Autowired
    JdbcTemplate jdbc;

    private static TextField text(String id) {
        return _get(TextField.class, spec -> spec.withId("lead-" + id));
    }

    private static String unique(String name) {
        return name + UUID.randomUUID().toString().substring(0, 6);
    }

    private static String phone() {
        return "(202) 555-" + (1000 + (int) (Math.random() * 8999));
    }

    @Test
    void theLeadListOffersNewLeadToCoordinatorsAndManagersOnly() {
        open("intake", "leads");
        _click(_get(Button.class, spec -> spec.withId("new-lead")));
        assertThat(_get(NewLeadView.class)).isNotNull();
        signOut();

        open("manager", "leads");
        assertThat(_find(Button.class, spec -> spec.withId("new-lead"))).hasSize(1);
        signOut();

        open("clinician", "leads");
        assertThat(_find(Button.class, spec -> spec.withId("new-lead"))).isEmpty();
        UI.getCurrent().navigate("leads/new");
        assertThat(_get(AccessDeniedView.class)).isNotNull();
    }

    @Test
    void invalidFieldsAreMarkedKeepWhatWasTypedAndNothingIsStored() {
        open("intake", "leads/new");
        long before = jdbc.queryForObject("select count(*) from lead", Long.class);
        text("lastName").setValue("x".repeat(101));
        text("phone").setValue("12");
        _get(EmailField.class, spec -> spec.withId("lead-email")).setValue("not-an-email");
        _get(DatePicker.class, spec -> spec.withId("lead-dateOfBirth")).setValue(LocalDate.now().plusDays(3));
        _get(Checkbox.class, spec -> spec.withId("lead-phoneConsent")).setValue(true);

        _click(_get(Button.class, spec -> spec.withId("create-lead")));

        assertThat(text("firstName").isInvalid()).isTrue();
        assertThat(text("firstName").getErrorMessage()).isEqualTo("Enter a name of 1 to 100 characters.");
        assertThat(text("lastName").isInvalid()).isTrue();
        assertThat(text("phone").getErrorMessage()).startsWith("Enter a valid phone number");
        assertThat(text("phone").getValue()).as("what was typed stays").isEqualTo("12");
        assertThat(_get(EmailField.class, spec -> spec.withId("lead-email")).getErrorMessage())
                .isEqualTo("Enter a valid email address.");
        assertThat(_get(DatePicker.class, spec -> spec.withId("lead-dateOfBirth")).getErrorMessage())
                .isEqualTo("Enter a date of birth in the past.");
        assertThat(_get(Checkbox.class, spec -> spec.withId("lead-phoneConsent")).getErrorMessage())
                .isEqualTo("Say how the consent was given (1 to 32 characters).");
        assertThat(jdbc.queryForObject("select count(*) from lead", Long.class)).isEqualTo(before);
        assertThat(_get(NewLeadView.class)).isNotNull();
    }

    @Test
    void leadsWithTheSamePhoneOrEmailAppearWhileTypingAndOneCanBeOpened() {
        signInAs("intake");
        String last = unique("Hollis");
        String phone = phone();
        LeadDetails existing = leads.create(Leads.form("Morgan", last, phone, last.toLowerCase() + "@example.org"));
        UI.getCurrent().navigate("leads/new");
        assertThat(_find(Div.class, spec -> spec.withId("duplicate-warning"))).as("hidden while nothing matches")
                .isEmpty();

        text("firstName").setValue("Morgana");
        text("phone").setValue(phone);

        Div warning = _get(Div.class, spec -> spec.withId("duplicate-warning"));
        assertThat(_find(warning, Div.class, spec -> spec.withClasses("duplicate-candidate")))
                .singleElement()
                .satisfies(row -> assertThat(row.getElement().getAttribute("data-key")).isEqualTo(existing.key()));
        Anchor open = _get(warning, Anchor.class, spec -> spec.withText("Open " + existing.key()));
        assertThat(open.getHref()).isEqualTo("leads/" + existing.key());
        assertThat(_find(warning, com.vaadin.flow.component.html.Span.class, spec -> spec.withText("same phone")))
                .hasSize(1);

        text("phone").setValue(phone());
        assertThat(_find(Div.class, spec -> spec.withId("duplicate-warning"))).as("no candidate for another number")
                .isEmpty();
    }

    @Test
    void aSimilarNameWithTheSameBirthDateIsACandidateToo() {
        signInAs("intake");
        String last = unique("Pemberton");
        LeadDetails existing = leads.create(Leads.form("Katherine", last, phone(), null));
        UI.getCurrent().navigate("leads/new");

        text("firstName").setValue("Kathrine");
        text("lastName").setValue(last);
        _get(DatePicker.class, spec -> spec.withId("lead-dateOfBirth")).setValue(LocalDate.of(1980, 4, 12));

        assertThat(_find(Div.class, spec -> spec.withClasses("duplicate-candidate")))
                .extracting(d -> d.getElement().getAttribute("data-key")).containsExactly(existing.key());
    }

    @Test
    void creatingOpensTheNewLeadsPage() {
        open("intake", "leads/new");
        String last = unique("Achebe");
        text("firstName").setValue("Noor");
        text("lastName").setValue(last);
        text("phone").setValue(phone());
        _get(Checkbox.class, spec -> spec.withId("lead-phoneConsent")).setValue(true);
        @SuppressWarnings("unchecked")
        Select<String> way = _get(Select.class, spec -> spec.withId("lead-consentWay"));
        way.setValue("phone call");

        _click(_get(Button.class, spec -> spec.withId("create-lead")));

        LeadPage page = _get(LeadPage.class);
        assertThat(page).isNotNull();
        String path = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        assertThat(path).startsWith("leads/PW-");
        LeadDetails created = leads.get(path.substring("leads/".length()));
        assertThat(created.lastName()).isEqualTo(last);
        assertThat(created.form().phoneConsent().source()).isEqualTo("phone call");
        assertThat(created.status()).isEqualTo("New inquiry");
        assertThat(notifications()).anyMatch(n -> n.contains(created.key() + " created"));
    }

    @Test
    void aReferralNamesItsReferringProvider() {
        signInAs("intake");
        String provider = unique("Dr. Referrer ");
        long referrerId = leads.createReferrer(provider, "Riverside Family Practice");
        UI.getCurrent().navigate("leads/new");
        String last = unique("Okonkwo");
        text("firstName").setValue("Ada");
        text("lastName").setValue(last);
        text("phone").setValue(phone());
        @SuppressWarnings("unchecked")
        ComboBox<ReferrerOption> referrer = _get(ComboBox.class, spec -> spec.withId("lead-referrerId"));
        referrer.setValue(referrer.getListDataView().getItems().filter(r -> r.name().equals(provider)).findFirst()
                .orElseThrow());

        _click(_get(Button.class, spec -> spec.withId("create-lead")));

        String path = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        assertThat(leads.get(path.substring("leads/".length())).form().referrerId()).isEqualTo(referrerId);
    }
}
