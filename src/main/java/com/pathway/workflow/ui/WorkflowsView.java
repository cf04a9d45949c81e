package com.pathway.workflow.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;

import com.pathway.security.Role;
import com.pathway.shared.ConflictException;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.NotFoundException;
import com.pathway.shared.ui.ClinicTime;
import com.pathway.shared.ui.Notifications;
import com.pathway.workflow.DefinitionProblem;
import com.pathway.workflow.DefinitionState;
import com.pathway.workflow.DefinitionSummary;
import com.pathway.workflow.WorkflowAdminService;
import com.pathway.workflow.WorkflowDefinition;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSingleSelectionModel;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

/**
 * Administrators see every stored workflow version, its diagram, and edit it: the edited definition
 * is checked by the engine on request, saved as a new draft version, exported or imported as YAML,
 * and a draft is published (asking where items in removed statuses go). What the administrator typed
 * stays on screen whatever the engine answers.
 */
@Route("admin/workflows")
@PageTitle("Workflows · Pathway")
@Menu(order = 105, icon = "vaadin:sitemap", title = "Workflows")
@RolesAllowed(Role.Names.ADMIN)
public class WorkflowsView extends VerticalLayout {

    private final WorkflowAdminService admin;
    private final ClinicTime time;
    private final Grid<DefinitionSummary> versions = new Grid<>();
    private final H3 title = new H3();
    private final Span state = new Span();
    private final Div problems = new Div();
    private final DiagramViewport diagram = new DiagramViewport();
    private final DefinitionEditor editor;
    private final Button publish = new Button("Publish", VaadinIcon.UPLOAD_ALT.create(), e -> publish());
    private final Button save = new Button("Save as draft", VaadinIcon.DISC.create(), e -> saveDraft());
    /** On a published or retired version, the primary action: what is shown becomes the next draft. */
    private final Button newDraft = new Button("New draft", VaadinIcon.FILE_TEXT_O.create(), e -> saveDraft());
    private final VerticalLayout detail = new VerticalLayout();
    private DefinitionSummary selected;

    public WorkflowsView(WorkflowAdminService admin, ClinicTime time) {
        this.admin = admin;
        this.time = time;
        addClassName("pathway-view");
        setSizeFull();
        editor = new DefinitionEditor(admin.rules(), admin.fields(), this::redraw);

        Button importYaml = new Button("Import YAML", VaadinIcon.FILE_ADD.create(),
                e -> new ImportYamlDialog(admin, this::imported).open());
        importYaml.setId("import-yaml");
        H2 heading = new H2("Workflows");
        HorizontalLayout toolbar = new HorizontalLayout(heading, importYaml);
        toolbar.addClassName("pathway-toolbar");
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.expand(heading);

        configureVersions();
        configureDetail();
        HorizontalLayout body = new HorizontalLayout(versions, detail);
        body.setSizeFull();
        body.setFlexGrow(1, detail);
        add(toolbar, body);
        setFlexGrow(1, body);
        refresh(null);
    }

    private void configureVersions() {
        versions.setId("definitions-grid");
        versions.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        versions.setWidth("24rem");
        versions.setHeightFull();
        versions.addColumn(DefinitionSummary::name).setHeader("Workflow").setKey("name").setAutoWidth(true);
        versions.addColumn(DefinitionSummary::version).setHeader("Version").setKey("version").setAutoWidth(true)
                .setFlexGrow(0);
        versions.addComponentColumn(d -> badge(d.state())).setHeader("State").setKey("state").setAutoWidth(true)
                .setFlexGrow(0);
        versions.setEmptyStateText("No workflow is stored yet. Import one as YAML.");
        // one version is always on show: clicking the selected row again keeps it
        ((GridSingleSelectionModel<DefinitionSummary>) versions.getSelectionModel()).setDeselectAllowed(false);
        versions.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(this::show));
    }

    private void configureDetail() {
        detail.setId("workflow-detail");
        detail.setPadding(false);
        detail.getStyle().set("overflow", "auto");
        detail.setHeightFull();
        Button validate = new Button("Validate", VaadinIcon.CHECK_CIRCLE_O.create(), e -> validate());
        validate.setId("validate");
        save.setId("save-draft");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newDraft.setId("new-draft");
        newDraft.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newDraft.setTooltipText("Saves what is shown, with your edits, as the next draft version");
        publish.setId("publish");
        publish.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        Button export = new Button("Export YAML", VaadinIcon.DOWNLOAD.create(), e -> export());
        export.setId("export-yaml");
        HorizontalLayout actions = new HorizontalLayout(newDraft, save, publish, validate, export);
        actions.setWrap(true);
        HorizontalLayout header = new HorizontalLayout(title, state);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        problems.setId("problems");
        diagram.getStyle().set("flex-shrink", "0");
        editor.getStyle().set("flex-shrink", "0");
        detail.add(header, actions, problems, diagram, editor);
        detail.setVisible(false);
    }

    /** Selects {@code toSelect}, or on opening the first published version, so a diagram shows at once. */
    private void refresh(DefinitionSummary toSelect) {
        List<DefinitionSummary> all = admin.definitions();
        versions.setItems(all);
        all.stream().filter(d -> toSelect == null ? d.state() == DefinitionState.PUBLISHED : d.id() == toSelect.id())
                .findFirst().ifPresent(versions::select);
    }

    private void show(DefinitionSummary summary) {
        try {
            WorkflowDefinition definition = admin.parse(admin.export(summary.name(), summary.version()));
            selected = summary;
            title.setText(summary.name() + " · version " + summary.version());
            state.removeAll();
            state.add(badge(summary.state()));
            state.setTitle(summary.publishedAt() == null ? "Created " + time.format(summary.createdAt())
                    : "Published " + time.format(summary.publishedAt()) + " by " + summary.publishedBy());
            boolean isDraft = summary.state() == DefinitionState.DRAFT;
            save.setVisible(isDraft);
            publish.setVisible(isDraft);
            newDraft.setVisible(!isDraft);
            problems.removeAll();
            editor.edit(DefinitionDraft.of(definition));
            redraw();
            detail.setVisible(true);
        } catch (InvalidInputException | NotFoundException e) {
            Notifications.error(e.getMessage());
        }
    }

    private void redraw() {
        diagram.show(DiagramSvg.render(editor.definition()));
    }

    private void validate() {
        List<DefinitionProblem> found = admin.check(editor.definition());
        if (found.isEmpty()) {
            showProblems(List.of());
            Notifications.success("No problems found.");
        } else {
            showProblems(found);
        }
    }

    private void saveDraft() {
        try {
            DefinitionSummary saved = admin.importDefinition(admin.toYaml(editor.definition()));
            Notifications.success("Saved " + saved.name() + " version " + saved.version() + " as a draft.");
            refresh(saved);
        } catch (InvalidInputException e) {
            showProblems(ImportYamlDialog.problems(e));
            Notifications.error("Not saved: the definition has problems, listed above the diagram.");
        } catch (ConflictException e) {
            Notifications.error(e.getMessage());
        }
    }

    private void export() {
        new ExportYamlDialog(selected.name(), selected.version(), admin.export(selected.name(), selected.version()))
                .open();
    }

    private void publish() {
        try {
            published(admin.publish(selected.name(), selected.version(), Map.of()));
        } catch (InvalidInputException e) {
            if (e.fieldErrors().keySet().stream().allMatch(k -> k.startsWith("mapping."))) {
                new PublishDialog(admin, selected, editor.definition().statuses(), e, this::published).open();
            } else {
                showProblems(ImportYamlDialog.problems(e));
            }
        } catch (ConflictException | NotFoundException e) {
            Notifications.error(e.getMessage());
        }
    }

    private void published(DefinitionSummary summary) {
        Notifications.success("Published " + summary.name() + " version " + summary.version() + ".");
        refresh(summary);
    }

    private void imported(DefinitionSummary summary) {
        Notifications.success("Imported " + summary.name() + " version " + summary.version() + " as a draft.");
        refresh(summary);
    }

    private void showProblems(List<DefinitionProblem> found) {
        problems.removeAll();
        if (found.isEmpty()) {
            return;
        }
        problems.add(new Paragraph(found.size() == 1 ? "1 problem:" : found.size() + " problems:"));
        UnorderedList list = new UnorderedList();
        found.forEach(p -> list.add(new ListItem(ImportYamlDialog.describe(p))));
        problems.add(list);
        problems.getStyle().set("color", "var(--lumo-error-text-color)");
    }

    static Component badge(DefinitionState state) {
        Span badge = new Span(state.name().charAt(0) + state.name().substring(1).toLowerCase(Locale.ROOT));
        badge.getElement().getThemeList().add("badge pill small");
        badge.getElement().getThemeList().add(switch (state) {
            case DRAFT -> "contrast";
            case PUBLISHED -> "success";
            case RETIRED -> "normal";
        });
        return badge;
    }
}
