package com.pathway.reporting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.pathway.clinic.ClinicWorkflow;
import com.pathway.clinic.LeadService;
import com.pathway.clinic.LeadSource;
import com.pathway.clinic.ReferrerOption;
import com.pathway.reporting.Dimension;
import com.pathway.reporting.ReportFilter;
import com.pathway.reporting.internal.PerLeadSummary;
import com.pathway.support.ViewTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.ComboBoxBase;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;

/**
  * The dashboard's referrer picker (typed part of a name and Enter picks it) and its link: the filters live
 * in the address, the link reopens the same view, and the condition of interest is never in it.
 */
class DashboardViewTest extends ViewTest {

    @Autowired
    LeadService leads;

    @Autowired
    PerLeadSummary summary;

    @Autowired
    ClinicWorkflow workflow;

    @SuppressWarnings("unchecked")
    private ComboBox<ReferrerOption> referrer() {
        return _get(ComboBox.class, spec -> spec.withId("dashboard-referrer"));
    }

    private void openAt(String username, String query) {
        signInAs(username);
        UI.getCurrent().navigate("dashboard", QueryParameters.fromString(query));
    }

    private String link() {
        return _get(TextField.class, spec -> spec.withId("dashboard-link")).getValue();
    }

    @Test
    void aManagerPicksAReferrerByPartOfItsNameAndTheAddressAndTheLinkKeepIt() {
        String name = "Dr. Quillfeather " + UUID.randomUUID().toString().substring(0, 8);
        signInAs("intake");
        long id = leads.createReferrer(name, "Riverside Practice");
        openAt("manager", "from=2026-01-01&to=2026-03-31&source=referral");

        ComboBox<ReferrerOption> box = referrer();
        ComponentUtil.fireEvent(box, new ComboBoxBase.CustomValueSetEvent<>(box, true, "Quillfeather"));

        assertThat(UI.getCurrent().getActiveViewLocation().getPathWithQueryParameters())
                .contains("from=2026-01-01", "to=2026-03-31", "source=referral", "referrer=" + id);
        assertThat(referrer().getValue().name()).isEqualTo(name);
        assertThat(link()).isEqualTo("dashboard?from=2026-01-01&to=2026-03-31&source=referral&referrer=" + id);
    }

    @Test
    void openingTheLinkShowsTheSameFiltersAndTheConditionNeverGoesIntoIt() {
        openAt("manager", "from=2026-02-01&to=2026-02-28&source=web_form&campaign=spring&condition=PTSD&by=campaign");

        assertThat(_get(ComboBox.class, spec -> spec.withId("dashboard-source")).getValue()).isEqualTo(LeadSource.WEB_FORM);
        assertThat(_get(TextField.class, spec -> spec.withId("dashboard-condition")).getValue()).isEqualTo("PTSD");
        assertThat(link()).isEqualTo("dashboard?from=2026-02-01&to=2026-02-28&source=web_form&campaign=spring&by=campaign")
                .doesNotContain("PTSD");
        // copying goes through the browser's clipboard, and a chart's picture is drawn by the chart's element, each by
        // a function the pages' policy lets the client build
        _click(_get(Button.class, spec -> spec.withId("dashboard-copy-link")));
        List<Button> pictures = _find(Button.class).stream()
                .filter(b -> b.getId().orElse("").startsWith("png-")).toList();
        assertThat(pictures).hasSizeGreaterThan(1);
        pictures.forEach(LocatorJ::_click);
    }

    @Test
    void aFunnelStageLinksToTheLeadsThatReachedItAndTheListShowsWhyItIsNarrowedUntilTheChipIsRemoved() {
        openAt("manager", "from=2026-01-01&to=2026-03-31");
        Anchor drill = _find(Anchor.class).stream().filter(a -> a.getHref().contains("reached=")).findFirst()
                .orElseThrow();
        assertThat(drill.getHref()).startsWith("leads?").contains("from=2026-01-01", "to=2026-03-31",
                "reached=intake").doesNotContain("stage=");

        UI.getCurrent().navigate("leads", QueryParameters.fromString(drill.getHref().substring("leads?".length())));
        Button chip = _get(Button.class, spec -> spec.withId("lead-reached"));
        assertThat(chip.isVisible()).isTrue();
        assertThat(chip.getText()).isEqualTo("Reached Intake");

        _click(chip);
        assertThat(chip.isVisible()).isFalse();
        assertThat(UI.getCurrent().getActiveViewLocation().getPathWithQueryParameters())
                .contains("from=2026-01-01").doesNotContain("reached");
    }

    @Test
    void aDashboardNarrowedToACampaignDrillsToItsLeadsAndTheListShowsTheCampaignUntilTheChipIsRemoved() {
        openAt("manager", "from=2026-01-01&to=2026-03-31&campaign=spring");
        Anchor drill = _find(Anchor.class).stream().filter(a -> a.getHref().contains("reached=")).findFirst()
                .orElseThrow();
        assertThat(drill.getHref()).startsWith("leads?").contains("campaign=spring", "reached=intake");

        UI.getCurrent().navigate("leads", QueryParameters.fromString(drill.getHref().substring("leads?".length())));
        Button chip = _get(Button.class, spec -> spec.withId("lead-campaign"));
        assertThat(chip.isVisible()).isTrue();
        assertThat(chip.getText()).isEqualTo("Campaign: spring");

        _click(chip);
        assertThat(chip.isVisible()).isFalse();
        assertThat(UI.getCurrent().getActiveViewLocation().getPathWithQueryParameters())
                .contains("reached=intake").doesNotContain("campaign");

        UI.getCurrent().navigate("leads", QueryParameters.fromString("campaign=" + "x".repeat(101)));
        assertThat(_find(Button.class, spec -> spec.withId("lead-campaign"))).as("no chip for a name too long").isEmpty();
        assertThat(notifications()).anyMatch(n -> n.contains("campaign (a campaign's name has at most 100"));
    }

    @Test
    void theChipShowsTheReachedRangeAndAnUnknownStageOrARangeEndingBeforeItStartsIsNamed() {
        signInAs("manager");
        UI.getCurrent().navigate("leads", QueryParameters.fromString(
                "reached=consultation&reachedFrom=2026-02-01&reachedTo=2026-02-28"));
        Button chip = _get(Button.class, spec -> spec.withId("lead-reached"));
        assertThat(chip.getText()).isEqualTo("Reached Consultation, 2026-02-01 to 2026-02-28");

        UI.getCurrent().navigate("leads", QueryParameters.fromString("reached=moonbase"));
        assertThat(_find(Button.class, spec -> spec.withId("lead-reached"))).as("no chip for an unknown stage").isEmpty();
        assertThat(notifications()).anyMatch(n -> n.contains("reached \"moonbase\" (no such stage"));

        UI.getCurrent().navigate("leads", QueryParameters.fromString(
                "reached=consultation&reachedFrom=2026-03-01&reachedTo=2026-02-01"));
        assertThat(_get(Button.class, spec -> spec.withId("lead-reached")).getText()).isEqualTo("Reached Consultation");
        assertThat(notifications()).anyMatch(n -> n.contains("reachedTo 2026-02-01 (comes before reachedFrom"));
    }

    @Test
    void theAddressIsBuiltFromTheFilterWithoutTheCondition() {
        ReportFilter filter = new ReportFilter(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), LeadSource.REFERRAL,
                null, 12L, "bipolar depression", "intake", null);

        assertThat(DashboardView.address(filter, Dimension.SOURCE))
                .isEqualTo("dashboard?from=2026-01-01&to=2026-01-31&source=referral&referrer=12&coordinator=intake");
    }

    @Test
    void administratorsSeeNoReferrerNamesButALinkedReferrerIsKept() {
        openAt("admin", "from=2026-01-01&to=2026-01-31&referrer=777");

        assertThat(_find(ComboBox.class, spec -> spec.withId("dashboard-referrer"))).as("no picker of names").isEmpty();
        assertThat(link()).contains("referrer=777");

        @SuppressWarnings("unchecked")
        ComboBox<LeadSource> source = _get(ComboBox.class, spec -> spec.withId("dashboard-source"));
        source.setValue(LeadSource.PHONE);

        assertThat(UI.getCurrent().getActiveViewLocation().getPathWithQueryParameters())
                .contains("source=phone", "referrer=777");
    }

    @Test
    void whileTheSummaryIsBeingBuiltTheDashboardSaysItsFiguresTakeLonger() {
        summary.markStale();
        try {
            openAt("manager", "from=2026-01-01&to=2026-01-31");

            Paragraph note = _get(Paragraph.class, spec -> spec.withId("dashboard-figures-from"));
            assertThat(note.isVisible()).isTrue();
            assertThat(note.getText()).contains("being brought up to date", "same figures");
            assertThat(_find(ReportCard.class))
                    .as("the figures are still shown").isNotEmpty();
        } finally {
            summary.rebuild(workflow.stages());
        }

        openAt("manager", "from=2026-01-01&to=2026-01-31");

        assertThat(_find(Paragraph.class, spec -> spec.withId("dashboard-figures-from")))
                .as("nothing to say once the summary is current (a hidden paragraph is not found)").isEmpty();
    }
}
