package com.pathway.clinic.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.RadioButtonsKt;
import com.pathway.clinic.LeadDetails;
import com.pathway.clinic.LeadService;
import com.pathway.clinic.Leads;
import com.pathway.support.ViewTest;
import com.pathway.ui.view.AccessDeniedView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
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

        RadioButtonGroup<LeadMergeView.Side> email = _get(RadioButtonGroup.class, s -> s.withId("merge-field-email"));
        assertThat(RadioButtonsKt.getItemLabels(email)).containsExactly("(empty)", "raelyn@example.org");
        assertThat(RadioButtonsKt.getItemLabels(_get(RadioButtonGroup.class, s -> s.withId("merge-field-firstName"))))
                .containsExactly("Rae", "Raelyn");
        email.setValue(LeadMergeView.Side.RIGHT);
        _get(RadioButtonGroup.class, s -> s.withId("merge-survivor")).setValue(LeadMergeView.Side.LEFT);
        _click(_get(Button.class, s -> s.withId("merge-confirm")));

        assertThat(notifications()).contains(l[1].key() + " was merged into " + l[0].key() + ".");
        LeadDetails survivor = leads.get(l[0].key());
        assertThat(survivor.email()).isEqualTo("raelyn@example.org");
        assertThat(survivor.firstName()).isEqualTo("Rae");
        assertThat(leads.get(l[1].key()).mergedInto()).isEqualTo(l[0].key());
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("items/" + l[0].key());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theRightHandLeadCanSurviveAndKeepsItsValuesUnlessOthersAreChosen() {
        LeadDetails[] l = twoLeads();
        UI.getCurrent().navigate("leads/" + l[0].key() + "/merge", QueryParameters.of("with", l[1].key()));

        _get(RadioButtonGroup.class, s -> s.withId("merge-survivor")).setValue(LeadMergeView.Side.RIGHT);
        _get(RadioButtonGroup.class, s -> s.withId("merge-field-firstName")).setValue(LeadMergeView.Side.RIGHT);
        _get(RadioButtonGroup.class, s -> s.withId("merge-field-phone")).setValue(LeadMergeView.Side.LEFT);
        _get(RadioButtonGroup.class, s -> s.withId("merge-field-email")).setValue(LeadMergeView.Side.RIGHT);
        _click(_get(Button.class, s -> s.withId("merge-confirm")));

        LeadDetails survivor = leads.get(l[1].key());
        assertThat(survivor.phone()).isEqualTo("+12025550150");
        assertThat(survivor.firstName()).isEqualTo("Raelyn");
        assertThat(leads.get(l[0].key()).resolution()).isEqualTo("Duplicate");
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
