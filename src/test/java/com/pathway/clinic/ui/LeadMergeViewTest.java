package com.pathway.clinic.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.RadioButtonsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.pathway.clinic.Consent;
import com.pathway.clinic.ContactMethod;
import com.pathway.clinic.LeadDetails;
import com.pathway.clinic.LeadForm;
import com.pathway.clinic.LeadPriority;
import com.pathway.clinic.LeadSource;
import com.pathway.clinic.LeadService;
import com.pathway.clinic.Leads;
import com.pathway.support.ViewTest;
import com.pathway.ui.view.AccessDeniedView;
import com.vaadin.flow.component.UI;
import com.pathway.clinic.ui.MergeChoices.Side;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;

/** The merge view: both leads side by side, a choice per differing field, the survivor, refusals. */
class LeadMergeViewTest extends ViewTest {

    @Autowired
    LeadService leads;

    private LeadDetails[] twoLeads() {
        signInAs("intake");
        LeadDetails a = leads.create(Leads.form("Rae", "Holm", "+12025550150", null));
        LeadDetails b = leads.create(Leads.form("Raelyn", "Holm", "+12025550151", "raelyn@example.org"));
        return new LeadDetails[] {a, b};
    }

    @Test
    @SuppressWarnings("unchecked")
    void mergesWithTheChosenValuesIntoTheChosenSurvivor() {
        LeadDetails[] l = twoLeads();
        UI.getCurrent().navigate("leads/" + l[0].key() + "/merge", QueryParameters.of("with", l[1].key()));

        RadioButtonGroup<Side> email = _get(RadioButtonGroup.class, s -> s.withId("merge-field-email"));
        assertThat(RadioButtonsKt.getItemLabels(email)).containsExactly("(empty)", "raelyn@example.org");
        assertThat(RadioButtonsKt.getItemLabels(_get(RadioButtonGroup.class, s -> s.withId("merge-field-firstName"))))
                .containsExactly("Rae", "Raelyn");
        email.setValue(Side.RIGHT);
        _get(RadioButtonGroup.class, s -> s.withId("merge-survivor")).setValue(Side.LEFT);
        _click(_get(Button.class, s -> s.withId("merge-confirm")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, s -> s.withId("merge-confirm-dialog")));

        assertThat(notifications()).contains(l[1].key() + " was merged into " + l[0].key() + ".");
        LeadDetails survivor = leads.get(l[0].key());
        assertThat(survivor.email()).isEqualTo("raelyn@example.org");
        assertThat(survivor.firstName()).isEqualTo("Rae");
        assertThat(leads.get(l[1].key()).mergedInto()).isEqualTo(l[0].key());
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).as("the lead page opens")
                .isEqualTo("leads/" + l[0].key());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theRightHandLeadCanSurviveAndKeepsItsValuesUnlessOthersAreChosen() {
        LeadDetails[] l = twoLeads();
        UI.getCurrent().navigate("leads/" + l[0].key() + "/merge", QueryParameters.of("with", l[1].key()));

        _get(RadioButtonGroup.class, s -> s.withId("merge-survivor")).setValue(Side.RIGHT);
        _get(RadioButtonGroup.class, s -> s.withId("merge-field-firstName")).setValue(Side.RIGHT);
        _get(RadioButtonGroup.class, s -> s.withId("merge-field-phone")).setValue(Side.LEFT);
        _get(RadioButtonGroup.class, s -> s.withId("merge-field-email")).setValue(Side.RIGHT);
        _click(_get(Button.class, s -> s.withId("merge-confirm")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, s -> s.withId("merge-confirm-dialog")));

        LeadDetails survivor = leads.get(l[1].key());
        assertThat(survivor.phone()).isEqualTo("+12025550150");
        assertThat(survivor.firstName()).isEqualTo("Raelyn");
        assertThat(leads.get(l[0].key()).resolution()).isEqualTo("Duplicate");
    }

    /** The case: an older lead completed over weeks, and the same person's new web inquiry. */
    private LeadDetails[] olderCompleteAndNewerInquiry() {
        signInAs("intake");
        String phone = "+1202555" + (1000 + (int) (Math.random() * 8999));
        long referrer = leads.createReferrer("Dr. Ada Quill", "Quill Family Practice");
        Instant jan = Instant.parse("2026-01-05T10:00:00Z");
        LeadDetails older = leads.create(new LeadForm("Wren", "Abernathy", null, LocalDate.of(1979, 8, 23),
                phone, null, null, ContactMethod.PHONE, null, LeadSource.REFERRAL, null, null, null, referrer,
                "depression", "Aetna", false, new Consent(jan, "phone call"), new Consent(jan, "phone call"),
                new Consent(jan, "e-mail"), new Consent(jan, "paper form"), List.of(), LeadPriority.NORMAL, "intake",
                null, "Called about a consultation for her son."));
        LeadDetails newer = leads.create(new LeadForm("Wren", "Abernathy", null, null, phone, null,
                "wren.new@example.org", null, null, LeadSource.WEB_FORM, null, null, null, null, null, null, false,
                null, null, null, null, List.of(), LeadPriority.NORMAL, null, null, null));
        return new LeadDetails[] {older, newer};
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<Side> group(String id) {
        return _get(RadioButtonGroup.class, s -> s.withId(id));
    }

    private static ConfirmDialog confirmation() {
        _click(_get(Button.class, s -> s.withId("merge-confirm")));
        return _get(ConfirmDialog.class, s -> s.withId("merge-confirm-dialog"));
    }

    private static List<String> listedChanges() {
        return _find(_get(UnorderedList.class, s -> s.withId("merge-changes")), ListItem.class).stream()
                .map(li -> li.getElement().getTextRecursively()).toList();
    }

    @Test
    void mergingFromTheNewerLeadsPageWithTheDefaultsLosesNothingOfTheOlderLead() {
        LeadDetails[] l = olderCompleteAndNewerInquiry();
        UI.getCurrent().navigate("leads/" + l[1].key() + "/merge", QueryParameters.of("with", l[0].key()));

        assertThat(group("merge-survivor").getValue()).as("the older lead, on the right").isEqualTo(Side.RIGHT);
        assertThat(group("merge-field-dateOfBirth").getValue()).isEqualTo(Side.RIGHT);
        assertThat(group("merge-field-email").getValue()).as("the survivor has none").isEqualTo(Side.LEFT);
        assertThat(RadioButtonsKt.getItemLabels(group("merge-field-phoneConsent")))
                .as("a consent is never offered as (empty)").containsExactly("Given 2026-01-05 (phone call)");
        ConfirmDialog dialog = confirmation();
        assertThat(listedChanges()).containsExactly("E-mail: (empty) → wren.new@example.org");
        ConfirmDialogKt._fireConfirm(dialog);

        LeadDetails survivor = leads.get(l[0].key());
        assertThat(survivor.form()).isEqualTo(new LeadForm("Wren", "Abernathy", null, LocalDate.of(1979, 8, 23),
                l[0].phone(), null, "wren.new@example.org", ContactMethod.PHONE, null, LeadSource.REFERRAL, null,
                null, null, l[0].form().referrerId(), "depression", "Aetna", false, l[0].form().phoneConsent(),
                l[0].form().smsConsent(), l[0].form().emailConsent(), l[0].form().privacyNotice(), List.of(),
                LeadPriority.NORMAL, "intake", null, "Called about a consultation for her son."));
        assertThat(leads.get(l[1].key()).mergedInto()).isEqualTo(l[0].key());
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("leads/" + l[0].key());
        assertThat(_find(Anchor.class, s -> s.withText("Merge…"))).as("the closed duplicate is not offered again")
                .isEmpty();
    }

    @Test
    void switchingTheSurvivorDerivesTheDefaultsAgain() {
        LeadDetails[] l = olderCompleteAndNewerInquiry();
        UI.getCurrent().navigate("leads/" + l[1].key() + "/merge", QueryParameters.of("with", l[0].key()));
        group("merge-field-payer").setValue(Side.LEFT);

        group("merge-survivor").setValue(Side.LEFT);

        assertThat(group("merge-field-payer").getValue()).as("the newer has none: the older's").isEqualTo(Side.RIGHT);
        assertThat(group("merge-field-email").getValue()).isEqualTo(Side.LEFT);
        assertThat(group("merge-field-source").getValue()).isEqualTo(Side.LEFT);
        assertThat(group("merge-field-dateOfBirth").getValue()).isEqualTo(Side.RIGHT);
        confirmation();
        assertThat(listedChanges()).contains("Date of birth: (empty) → 1979-08-23", "Payer: (empty) → Aetna")
                .noneMatch(c -> c.contains("→ (empty)"));
    }

    @Test
    void theConfirmationListsAnExplicitlyChosenEmptyAndCancelChangesNothing() {
        LeadDetails[] l = olderCompleteAndNewerInquiry();
        UI.getCurrent().navigate("leads/" + l[1].key() + "/merge", QueryParameters.of("with", l[0].key()));
        group("merge-field-payer").setValue(Side.LEFT);

        ConfirmDialog dialog = confirmation();

        assertThat(listedChanges()).containsExactly("E-mail: (empty) → wren.new@example.org",
                "Payer: Aetna → (empty) (emptied, as you chose)");
        ConfirmDialogKt._fireCancel(dialog);
        assertThat(leads.get(l[0].key()).form()).isEqualTo(l[0].form());
        assertThat(leads.get(l[1].key()).mergedInto()).isNull();
        assertThat(leads.get(l[1].key()).status()).isEqualTo("New inquiry");

        ConfirmDialogKt._fireConfirm(confirmation());
        assertThat(leads.get(l[0].key()).form().payer()).isNull();
        assertThat(leads.get(l[0].key()).form().dateOfBirth()).isEqualTo(LocalDate.of(1979, 8, 23));
    }

    @Test
    void aLeadWithItselfOrAnAlreadyMergedLeadIsExplainedAndAnotherCanBeChosen() {
        LeadDetails[] l = twoLeads();
        UI.getCurrent().navigate("leads/" + l[0].key() + "/merge", QueryParameters.of("with", l[0].key()));

        assertThat(_get(Paragraph.class, s -> s.withId("merge-problem")).getText())
                .contains("cannot be merged with itself");
        _get(TextField.class, s -> s.withId("merge-with")).setValue(l[1].key());
        _click(_get(Button.class, s -> s.withId("merge-compare")));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("leads/" + l[0].key() + "/merge?with=" + l[1].key());
        _get(Button.class, s -> s.withId("merge-confirm"));
    }

    @Test
    void aStaleLeadIsReportedAndNothingIsMerged() {
        LeadDetails[] l = twoLeads();
        UI.getCurrent().navigate("leads/" + l[0].key() + "/merge", QueryParameters.of("with", l[1].key()));
        leads.update(l[1].key(), l[1].form(), l[1].version());

        _click(_get(Button.class, s -> s.withId("merge-confirm")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, s -> s.withId("merge-confirm-dialog")));

        assertThat(notifications()).anyMatch(n -> n.contains("was changed by someone else"));
        assertThat(leads.get(l[1].key()).mergedInto()).isNull();
        assertThat(leads.get(l[1].key()).status()).isEqualTo("New inquiry");
    }

    @Test
    void cliniciansCannotOpenIt() {
        LeadDetails[] l = twoLeads();
        signInAs("clinician");
        UI.getCurrent().navigate("leads/" + l[0].key() + "/merge", QueryParameters.of("with", l[1].key()));

        _get(AccessDeniedView.class);
    }
}
