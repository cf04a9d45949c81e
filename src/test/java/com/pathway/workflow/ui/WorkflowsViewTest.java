package com.pathway.workflow.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.pathway.support.ViewTest;
import com.pathway.workflow.DefinitionState;
import com.pathway.workflow.DefinitionSummary;
import com.pathway.workflow.NewWorkItem;
import com.pathway.workflow.RegisteredRule;
import com.pathway.workflow.SampleWorkflow;
import com.pathway.workflow.TransitionRequest;
import com.pathway.workflow.WorkflowAdminService;
import com.pathway.workflow.WorkflowService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

@Import(SampleWorkflow.class)
class WorkflowsViewTest extends ViewTest {

    @Autowired
    WorkflowAdminService admin;

    @Autowired
    WorkflowService workflow;

    @Test
    void listsStoredVersionsAndDrawsTheSelectedOne() {
        open("admin", "admin/workflows");

        List<DefinitionSummary> rows = GridKt._fetch(versions(), 0, GridKt._size(versions()));
        assertThat(rows).extracting(DefinitionSummary::name).contains("sample", "migrating");
        choose("sample");

        String svg = diagram();
        assertThat(svg).startsWith("<svg").contains(">Open<", ">In progress<", ">Review<", ">Done<",
                ">Start<", ">Send to review<", ">Approve<", ">Reopen<", "from any: Close");
        assertThat(GridKt._size(transitions())).isEqualTo(5);
        assertThat(GridKt._getFormattedRow(transitions(), 3)).contains("Close", "any status", "Done");
    }

    @Test
    void opensWithAPublishedVersionDrawnAndKeepsItWhenItsRowIsClickedAgain() {
        open("admin", "admin/workflows");

        DefinitionSummary shown = versions().asSingleSelect().getValue();
        assertThat(shown).isNotNull();
        assertThat(shown.state()).isEqualTo(DefinitionState.PUBLISHED);
        assertThat(_get(com.vaadin.flow.component.orderedlayout.VerticalLayout.class,
                spec -> spec.withId("workflow-detail")).isVisible()).isTrue();
        assertThat(diagram()).startsWith("<svg");

        versions().getSelectionModel().deselectFromClient(shown);

        assertThat(versions().asSingleSelect().getValue()).isEqualTo(shown);
    }

    @Test
    void validateListsEveryProblemOfABrokenDraftAndSavingKeepsTheEdits() {
        open("admin", "admin/workflows");
        choose("sample");
        int stored = admin.definitions().size();

        removeStatus("Review");
        _click(_get(Button.class, spec -> spec.withId("validate")));

        List<String> problems = problems();
        assertThat(problems).hasSizeGreaterThanOrEqualTo(2);
        assertThat(problems).anyMatch(p -> p.startsWith("transitions[Send to review]") && p.contains("Review"))
                .anyMatch(p -> p.startsWith("transitions[Approve]") && p.contains("Review"));
        assertThat(diagram()).doesNotContain(">Review<");

        _click(_get(Button.class, spec -> spec.withId("new-draft")));

        assertThat(admin.definitions()).hasSize(stored);
        assertThat(notifications()).anyMatch(n -> n.startsWith("Not saved"));
        assertThat(problems()).hasSize(problems.size());
        assertThat(statusNames()).doesNotContain("Review").contains("Open", "In progress", "Done");
    }

    @Test
    void editsStatusesAndTransitionsAndSavesANewDraft() {
        open("admin", "admin/workflows");
        choose("sample");

        TextField review = statusField("Review");
        type(review, "Checking");
        _click(_get(Button.class, spec -> spec.withId("add-transition")));
        type(_get(TextField.class, spec -> spec.withId("transition-name")), "Escalate");
        type(multi("transition-from"), Set.of("Open"));
        type(select("transition-to"), "Checking");
        _click(_get(Button.class, spec -> spec.withId("add-validator")));
        RuleEditor rule = _get(RuleEditor.class);
        assertThat(rule.rule.getListDataView().getItems().map(RegisteredRule::id).toList())
                .contains("required-field", "sample-priority").doesNotContain("role", "set-resolution");
        type(rule.rule, registered(rule, "required-field"));
        type(combo(rule.input("field")), "dueDate");
        type((TextField) rule.input("message"), "Enter the due date.");
        _click(_get(Button.class, spec -> spec.withId("add-screen-field")));
        TransitionPanel.ScreenFieldRow field = _get(TransitionPanel.ScreenFieldRow.class);
        type(field.name, "dueDate");
        type(field.label, "Due date");
        type(field.type, "DATE");
        type(field.required, true);
        _click(_get(Button.class, spec -> spec.withId("transition-save")));

        assertThat(diagram()).contains(">Checking<", ">Escalate<").doesNotContain(">Review<");
        _click(_get(Button.class, spec -> spec.withId("new-draft")));

        DefinitionSummary saved = admin.definitions().stream().filter(d -> d.name().equals("sample"))
                .filter(d -> d.state() == DefinitionState.DRAFT)
                .max(java.util.Comparator.comparingInt(DefinitionSummary::version)).orElseThrow();
        String yaml = admin.export("sample", saved.version());
        assertThat(yaml).contains("Checking", "Escalate", "required-field", "field: dueDate",
                "message: Enter the due date.", "required: true").doesNotContain("Review");
        assertThat(notifications()).contains("Saved sample version " + saved.version() + " as a draft.");
    }

    @Test
    void renamingAndEditingKeepsThePropertiesOfStatusesTransitionsAndResolutions() {
        open("admin", "admin/workflows");
        choose("clinic");

        TextField screening = statusField("Screening");
        TextArea screeningProperties = _find(TextArea.class, spec -> spec.withClasses("status-properties")).stream()
                .filter(a -> a.getParent().equals(screening.getParent())).findFirst().orElseThrow();
        assertThat(screeningProperties.getValue()).isEqualTo("clinical=true\nstage=assessment\noverdue=14d");
        type(screening, "Eligibility review");
        type(screeningProperties, "clinical=true\nstage=assessment\noverdue=10d");
        TextField resolutions = _get(TextField.class, spec -> spec.withId("resolutions"));
        type(resolutions, resolutions.getValue().replace("Duplicate", "Duplicate lead"));
        assertThat(_get(TextArea.class, spec -> spec.withId("resolution-properties")).getValue())
                .contains("Duplicate lead: duplicate=true");
        List<DefinitionDraft.TransitionRow> rows = GridKt._fetch(transitions(), 0, GridKt._size(transitions()));
        int close = rows.indexOf(rows.stream().filter(r -> r.name.equals("Close")).findFirst().orElseThrow());
        _click((Button) ((com.vaadin.flow.component.orderedlayout.HorizontalLayout) GridKt._getCellComponent(
                transitions(), close, "actions")).getComponentAt(0));
        TextArea closeProperties = _get(TextArea.class, spec -> spec.withId("transition-properties"));
        assertThat(closeProperties.getValue()).isEqualTo("merge=true\nclose=true");
        type(closeProperties, "merge=true\nclose=true\nnote=closes duplicates");
        _click(_get(Button.class, spec -> spec.withId("transition-save")));
        _click(_get(Button.class, spec -> spec.withId("new-draft")));

        DefinitionSummary saved = admin.definitions().stream().filter(d -> d.name().equals("clinic"))
                .filter(d -> d.state() == DefinitionState.DRAFT)
                .max(java.util.Comparator.comparingInt(DefinitionSummary::version)).orElseThrow();
        com.pathway.workflow.WorkflowDefinition draft = admin.parse(admin.export("clinic", saved.version()));
        assertThat(draft.status("Eligibility review").orElseThrow().properties())
                .containsEntry("clinical", "true").containsEntry("stage", "assessment").containsEntry("overdue", "10d");
        assertThat(draft.transition("Close").orElseThrow().properties())
                .containsEntry("merge", "true").containsEntry("close", "true").containsEntry("note", "closes duplicates");
        assertThat(draft.transition("Close").orElseThrow().from()).contains("Eligibility review");
        assertThat(draft.resolution("Duplicate lead").orElseThrow().flag("duplicate")).isTrue();
        assertThat(draft.resolution("Not eligible").orElseThrow().property("outcome")).contains("ineligible");
    }

    @Test
    void importingBadYamlShowsWhyAndKeepsTheText() {
        open("admin", "admin/workflows");
        _click(_get(Button.class, spec -> spec.withId("import-yaml")));
        TextArea text = _get(TextArea.class, spec -> spec.withId("import-text"));
        String broken = "name: [not closed\ninitial: x";
        type(text, broken);

        _click(_get(Button.class, spec -> spec.withId("import-confirm")));

        assertThat(_find(Dialog.class, spec -> spec.withId("import-dialog"))).hasSize(1);
        assertThat(text.getValue()).isEqualTo(broken);
        assertThat(text.isInvalid()).isTrue();
        assertThat(text.getErrorMessage()).contains("not valid YAML");

        String unsound = """
                name: unsound
                initial: Nowhere
                statuses:
                  - {name: A, category: TODO}
                transitions:
                  - {name: Go, from: [A], to: Ghost}
                """;
        type(text, unsound);
        _click(_get(Button.class, spec -> spec.withId("import-confirm")));

        assertThat(text.getValue()).isEqualTo(unsound);
        List<String> listed = _find(_get(Div.class, spec -> spec.withId("import-problems")), ListItem.class).stream()
                .map(ListItem::getText).toList();
        assertThat(listed).hasSizeGreaterThanOrEqualTo(2).anyMatch(p -> p.contains("Nowhere"))
                .anyMatch(p -> p.contains("Ghost"));
        assertThat(admin.definitions()).noneMatch(d -> d.name().equals("unsound"));
    }

    @Test
    void publishingAVersionThatRemovesAStatusInUseAsksWhereItsItemsGo() {
        signInAs("admin");
        String waiting = workflow.create(new NewWorkItem("MIG", "TASK", "Waits", null)).key();
        workflow.transition(waiting, TransitionRequest.of("Wait"));
        open("admin", "admin/workflows");
        _click(_get(Button.class, spec -> spec.withId("import-yaml")));
        type(_get(TextArea.class, spec -> spec.withId("import-text")), SampleWorkflow.MIGRATING_WITHOUT_WAITING);
        _click(_get(Button.class, spec -> spec.withId("import-confirm")));
        DefinitionSummary draft = versions().getSelectedItems().iterator().next();
        assertThat(draft.name()).isEqualTo("migrating");
        assertThat(draft.state()).isEqualTo(DefinitionState.DRAFT);

        _click(_get(Button.class, spec -> spec.withId("publish")));
        Select<String> target = select("map-Waiting");
        assertThat(target.getListDataView().getItems().toList()).containsExactly("New", "On hold", "Closed");
        _click(_get(Button.class, spec -> spec.withId("publish-confirm")));
        assertThat(target.isInvalid()).as("a target is required").isTrue();
        assertThat(_find(Dialog.class, spec -> spec.withId("publish-dialog"))).hasSize(1);

        type(target, "On hold");
        _click(_get(Button.class, spec -> spec.withId("publish-confirm")));

        assertThat(_find(Dialog.class, spec -> spec.withId("publish-dialog"))).isEmpty();
        assertThat(workflow.get(waiting).status()).isEqualTo("On hold");
        assertThat(admin.definitions()).filteredOn(d -> d.name().equals("migrating") && d.version() == draft.version())
                .singleElement().satisfies(d -> assertThat(d.state()).isEqualTo(DefinitionState.PUBLISHED));
        assertThat(notifications()).contains("Published migrating version " + draft.version() + ".");
    }

    @Test
    void aTransitionOpensInASidePanelBesideTheListNotInADialog() {
        open("admin", "admin/workflows");
        choose("clinic");
        assertThat(_find(Div.class, spec -> spec.withId("transition-side"))).isEmpty();

        editTransition("Close");

        Div side = _get(Div.class, spec -> spec.withId("transition-side"));
        assertThat(_find(Dialog.class)).isEmpty();
        assertThat(_get(TextField.class, spec -> spec.withId("transition-name")).getValue()).isEqualTo("Close");
        assertThat(transitions().getColumns()).extracting(Grid.Column::getKey)
                .containsExactly("name", "from", "to", "rules", "actions");

        _click(_get(Button.class, spec -> spec.withId("transition-cancel")));

        assertThat(side.isVisible()).isFalse();
        assertThat(_find(TransitionPanel.class)).isEmpty();
    }

    @Test
    void rulesAreChosenByNameAndTheirParametersEditedInAForm() {
        open("admin", "admin/workflows");
        choose("clinic");
        editTransition("Close");

        List<RuleEditor> rules = _find(RuleEditor.class);
        RuleEditor role = rules.stream().filter(r -> r.rule.getValue().id().equals("role")).findFirst().orElseThrow();
        assertThat(role.rule.getLabel()).isEqualTo("Condition");
        assertThat(role.rule.getItemLabelGenerator().apply(role.rule.getValue())).isEqualTo("Role");
        assertThat(role.description.getText()).contains("one of the roles");
        assertThat(multi(role.input("roles")).getValue()).containsExactlyInAnyOrder("INTAKE_COORDINATOR",
                "CLINICIAN", "MANAGER");
        assertThat(role.other.isVisible()).isFalse();

        RuleEditor required = rules.stream().filter(r -> r.rule.getValue().id().equals("required-field")).findFirst()
                .orElseThrow();
        assertThat(combo(required.input("field")).getValue()).isEqualTo("resolution");
        assertThat(combo(required.input("field")).getListDataView().getItems().toList()).contains("resolution",
                "assignee", "screeningOutcome");
        assertThat(((TextField) required.input("message")).getValue()).isEqualTo("Choose a resolution.");

        RuleEditor guarded = rules.stream().filter(r -> r.rule.getValue().id().equals("clinic-not-eligible-by-clinician"))
                .findFirst().orElseThrow();
        assertThat(multi(guarded.input("resolutions")).getListDataView().getItems().toList())
                .contains("Not eligible", "Duplicate");
        assertThat(multi(guarded.input("resolutions")).getValue()).containsExactly("Not eligible");

        type(multi(role.input("roles")), Set.of("CLINICIAN", "MANAGER"));
        type(multi(guarded.input("roles")), Set.of("CLINICIAN", "MANAGER"));
        _click(_get(Button.class, spec -> spec.withId("transition-save")));
        _click(_get(Button.class, spec -> spec.withId("new-draft")));

        DefinitionSummary saved = admin.definitions().stream().filter(d -> d.name().equals("clinic"))
                .filter(d -> d.state() == DefinitionState.DRAFT)
                .max(java.util.Comparator.comparingInt(DefinitionSummary::version)).orElseThrow();
        com.pathway.workflow.Transition close = admin.parse(admin.export("clinic", saved.version()))
                .transition("Close").orElseThrow();
        assertThat(close.conditions().get(0).paramList("roles")).containsExactlyInAnyOrder("CLINICIAN", "MANAGER");
        assertThat(close.validators()).extracting(com.pathway.workflow.RuleRef::id)
                .containsExactly("required-field", "clinic-not-eligible-by-clinician");
        assertThat(close.validators().get(0).params()).containsEntry("field", "resolution")
                .containsEntry("message", "Choose a resolution.");
        assertThat(close.validators().get(1).paramList("resolutions")).containsExactly("Not eligible");
    }

    @Test
    void aPublishedVersionOffersNewDraftAsItsPrimaryActionAndADraftOffersSaveAndPublish() {
        open("admin", "admin/workflows");
        choose("sample");
        Button newDraft = _get(Button.class, spec -> spec.withId("new-draft"));

        assertThat(newDraft.getThemeNames()).contains("primary");
        assertThat(_find(Button.class, spec -> spec.withId("save-draft"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("publish"))).isEmpty();

        _click(newDraft);
        Button save = _get(Button.class, spec -> spec.withId("save-draft"));
        Button publish = _get(Button.class, spec -> spec.withId("publish"));

        DefinitionSummary shown = versions().asSingleSelect().getValue();
        assertThat(shown.name()).isEqualTo("sample");
        assertThat(shown.state()).isEqualTo(DefinitionState.DRAFT);
        assertThat(newDraft.isVisible()).isFalse();
        assertThat(save.getThemeNames()).contains("primary");
        assertThat(publish.isEnabled()).isTrue();
    }

    @Test
    void theDiagramFillsItsViewportWithZoomButtons() {
        open("admin", "admin/workflows");
        choose("clinic");

        assertThat(diagram()).contains("width=\"100%\"", "preserveAspectRatio=\"xMidYMid meet\"", "data-box=\"0 0 ");
        assertThat(_get(Div.class, spec -> spec.withId("diagram")).getElement().getAttribute("tabindex")).isEqualTo("0");
        assertThat(List.of("diagram-zoom-in", "diagram-zoom-out", "diagram-fit"))
                .allSatisfy(id -> assertThat(_get(Button.class, spec -> spec.withId(id)).getAriaLabel()).isPresent());
    }

    private static void editTransition(String name) {
        List<DefinitionDraft.TransitionRow> rows = GridKt._fetch(transitions(), 0, GridKt._size(transitions()));
        int index = rows.indexOf(rows.stream().filter(r -> r.name.equals(name)).findFirst().orElseThrow());
        _click((Button) ((com.vaadin.flow.component.orderedlayout.HorizontalLayout) GridKt._getCellComponent(
                transitions(), index, "actions")).getComponentAt(0));
    }

    private static RegisteredRule registered(RuleEditor editor, String id) {
        return editor.rule.getListDataView().getItems().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static com.vaadin.flow.component.combobox.ComboBox<String> combo(
            com.vaadin.flow.component.HasValue<?, ?> input) {
        return (com.vaadin.flow.component.combobox.ComboBox<String>) input;
    }

    @SuppressWarnings("unchecked")
    private static MultiSelectComboBox<String> multi(com.vaadin.flow.component.HasValue<?, ?> input) {
        return (MultiSelectComboBox<String>) input;
    }

    /** Sets a field as a user would; the fields' listeners treat both origins alike. */
    private static <V> void type(com.vaadin.flow.component.HasValue<?, V> field, V value) {
        field.setValue(value);
    }

    @SuppressWarnings("unchecked")
    private static Grid<DefinitionSummary> versions() {
        return _get(Grid.class, spec -> spec.withId("definitions-grid"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<DefinitionDraft.TransitionRow> transitions() {
        return _get(Grid.class, spec -> spec.withId("transitions-grid"));
    }

    @SuppressWarnings("unchecked")
    private static Select<String> select(String id) {
        return _get(Select.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static MultiSelectComboBox<String> multi(String id) {
        return _get(MultiSelectComboBox.class, spec -> spec.withId(id));
    }

    private static void choose(String workflowName) {
        Grid<DefinitionSummary> grid = versions();
        DefinitionSummary row = GridKt._fetch(grid, 0, GridKt._size(grid)).stream()
                .filter(d -> d.name().equals(workflowName) && d.state() == DefinitionState.PUBLISHED).findFirst()
                .orElseThrow();
        grid.select(row);
    }

    private static String diagram() {
        return _get(Div.class, spec -> spec.withId("diagram")).getElement().getProperty("innerHTML");
    }

    private static List<String> problems() {
        return _find(_get(Div.class, spec -> spec.withId("problems")), ListItem.class).stream().map(ListItem::getText)
                .toList();
    }

    private static List<String> statusNames() {
        return _find(TextField.class, spec -> spec.withClasses("status-name")).stream().map(TextField::getValue)
                .toList();
    }

    private static TextField statusField(String name) {
        return _find(TextField.class, spec -> spec.withClasses("status-name")).stream()
                .filter(f -> f.getValue().equals(name)).findFirst().orElseThrow();
    }

    private static void removeStatus(String name) {
        _click(_find(Button.class, spec -> spec.withClasses("remove-status")).stream()
                .filter(b -> b.getAriaLabel().orElse("").equals("Remove status " + name))
                .findFirst().orElseThrow());
    }

}
