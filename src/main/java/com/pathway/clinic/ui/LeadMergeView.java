package com.pathway.clinic.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;

import com.pathway.clinic.FieldDifference;
import com.pathway.clinic.LeadComparison;
import com.pathway.clinic.LeadDetails;
import com.pathway.clinic.LeadMergeService;
import com.pathway.clinic.MergeRequest;
import com.pathway.clinic.ui.MergeChoices.Side;
import com.pathway.security.Role;
import com.pathway.shared.ConflictException;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.NotFoundException;
import com.pathway.shared.ui.ClinicTime;
import com.pathway.shared.ui.Notifications;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

/**
 * Merges two leads that are the same person ({@code leads/PW-1/merge?with=PW-2}): both side by side,
 * the lead that survives (the older one unless changed), a choice per differing field that defaults to
 * keeping data ({@link MergeChoices}), and a confirmation listing exactly what changes on the survivor. The other lead is closed
 * as "Duplicate" and points to the survivor. The lead service decides everything; this view only
 * collects the choices and shows refusals.
 */
@Route("leads/:key/merge")
@PageTitle("Merge leads · Pathway")
@RolesAllowed({Role.Names.INTAKE_COORDINATOR, Role.Names.MANAGER})
public class LeadMergeView extends VerticalLayout implements BeforeEnterObserver {

    private final LeadMergeService merges;
    private final ClinicTime time;
    private final VerticalLayout content = new VerticalLayout();
    private final RadioButtonGroup<Side> survivor = new RadioButtonGroup<>("Which lead survives?");
    private final Map<String, RadioButtonGroup<Side>> choices = new LinkedHashMap<>();
    private LeadComparison comparison;
    private MergeChoices plan;
    private String key;

    public LeadMergeView(LeadMergeService merges, ClinicTime time) {
        this.merges = merges;
        this.time = time;
        addClassName("pathway-view");
        setMaxWidth("64rem");
        content.setPadding(false);
        add(new H2("Merge duplicate leads"), content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        key = event.getRouteParameters().get("key").orElse("");
        List<String> with = event.getLocation().getQueryParameters().getParameters().getOrDefault("with", List.of());
        content.removeAll();
        choices.clear();
        if (with.isEmpty() || with.getFirst().isBlank()) {
            content.add(chooseOther(""));
            return;
        }
        try {
            comparison = merges.compare(key, with.getFirst().strip());
            plan = new MergeChoices(comparison);
            showComparison();
        } catch (InvalidInputException | NotFoundException e) {
            Paragraph problem = new Paragraph(message(e));
            problem.setId("merge-problem");
            problem.addClassName("pathway-error");
            content.add(problem, chooseOther(with.getFirst()));
        }
    }

    private HorizontalLayout chooseOther(String value) {
        TextField other = new TextField("Merge " + key + " with the lead");
        other.setId("merge-with");
        other.setPlaceholder("e.g. PW-12");
        other.setValue(value);
        Button compare = new Button("Compare", e -> UI.getCurrent().navigate("leads/" + key + "/merge",
                QueryParameters.of("with", other.getValue().strip())));
        compare.setId("merge-compare");
        HorizontalLayout row = new HorizontalLayout(other, compare);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private void showComparison() {
        LeadDetails left = comparison.left();
        LeadDetails right = comparison.right();
        MergeChoices.Side first = plan.defaultSurvivor();
        survivor.setId("merge-survivor");
        survivor.setItems(Side.LEFT, Side.RIGHT);
        survivor.setItemLabelGenerator(s -> "Keep " + lead(s).key() + " (" + lead(s).lastName() + ", "
                + lead(s).firstName() + ", created " + time.format(lead(s).createdAt()) + ")"
                + (s == first ? " · suggested: " + plan.defaultSurvivorReason() : ""));
        survivor.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        survivor.setValue(first);
        // Another survivor means other defaults: each field keeps the new survivor's value, or fills it.
        survivor.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                resetChoices(e.getValue());
            }
        });
        HorizontalLayout both = new HorizontalLayout(card(left), card(right));
        both.setId("merge-leads");
        both.setWidthFull();
        content.add(both);
        content.add(new Paragraph("The surviving lead keeps its values and fills what it lacks from the other lead; "
                + "consents given on either lead are kept. The other lead is closed as Duplicate and points to it. "
                + "Both keep their histories."), survivor);
        content.add(new H3(comparison.differences().isEmpty() ? "Both leads hold the same values."
                : "Choose the value to keep (" + left.key() + " on the left, " + right.key() + " on the right)"));
        for (FieldDifference d : comparison.differences()) {
            RadioButtonGroup<Side> choice = new RadioButtonGroup<>(d.label());
            choice.setId("merge-field-" + d.field());
            choice.setItems(plan.options(d));
            choice.setItemLabelGenerator(s -> shown(s == Side.LEFT ? d.leftValue() : d.rightValue()));
            if (!d.mayEmpty() && plan.options(d).size() == 1) {
                choice.setHelperText("Kept: a merge never empties this field (consents given on either lead "
                        + "are combined).");
            }
            choice.setWidthFull();
            choices.put(d.field(), choice);
            content.add(choice);
        }
        resetChoices(first);
        Button merge = new Button("Merge…", e -> confirm());
        merge.setId("merge-confirm");
        merge.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> UI.getCurrent().navigate("leads/" + key));
        cancel.setId("merge-cancel");
        content.add(new HorizontalLayout(merge, cancel));
    }

    private void resetChoices(Side kept) {
        plan.defaults(kept).forEach((field, side) -> choices.get(field).setValue(side));
    }

    private Map<String, Side> chosen() {
        Map<String, Side> chosen = new LinkedHashMap<>();
        choices.forEach((field, choice) -> chosen.put(field, choice.getValue()));
        return chosen;
    }

    /** Lists exactly what changes on the survivor; nothing happens until it is confirmed. */
    private void confirm() {
        Side kept = survivor.getValue();
        LeadDetails survivorLead = lead(kept);
        LeadDetails duplicate = lead(kept.other());
        List<MergeChoices.Change> changes = plan.changes(kept, chosen());
        VerticalLayout text = new VerticalLayout();
        text.setPadding(false);
        text.setSpacing(false);
        text.add(new Paragraph(duplicate.key() + " will be closed as Duplicate and point to " + survivorLead.key()
                + ". " + (changes.isEmpty() ? "Nothing changes on " + survivorLead.key() + "."
                        : "On " + survivorLead.key() + " these fields change:")));
        if (!changes.isEmpty()) {
            UnorderedList list = new UnorderedList();
            list.setId("merge-changes");
            for (MergeChoices.Change c : changes) {
                ListItem item = new ListItem(c.label() + ": " + shown(c.before()) + " → " + shown(c.after()));
                if (c.empties()) {
                    item.addClassName("pathway-error");
                    item.add(new Span(" (emptied, as you chose)"));
                }
                list.add(item);
            }
            text.add(list);
        }
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("merge-confirm-dialog");
        dialog.setHeader("Merge " + duplicate.key() + " into " + survivorLead.key() + "?");
        dialog.setText(text);
        dialog.setConfirmText("Merge");
        dialog.setCancelable(true);
        // Closed before the merge navigates away, so that no modal dialog outlives this view.
        dialog.addConfirmListener(e -> {
            dialog.close();
            merge(kept);
        });
        dialog.open();
    }

    private void merge(Side kept) {
        MergeRequest request = plan.request(kept, chosen());
        try {
            merges.merge(request);
            Notifications.success(request.duplicateKey() + " was merged into " + request.survivorKey() + ".");
            // The layout keeps this page's scroll position; the lead page opens at its top.
            UI.getCurrent().navigate(LeadPage.class, new RouteParameters("key", request.survivorKey()))
                    .ifPresent(page -> page.scrollIntoView());
        } catch (InvalidInputException | ConflictException | NotFoundException e) {
            Notifications.error(message(e));
        }
    }

    private VerticalLayout card(LeadDetails lead) {
        VerticalLayout card = new VerticalLayout();
        card.addClassName("pathway-card");
        card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-l)");
        card.setSpacing(false);
        card.add(new H3(lead.key() + " · " + lead.lastName() + ", " + lead.firstName()));
        card.add(new Paragraph(lead.status() + " · created " + time.format(lead.createdAt())));
        card.add(new Paragraph(String.join(" · ", java.util.stream.Stream.of(lead.phone(), lead.email())
                .filter(v -> v != null && !v.isBlank()).toList())));
        card.setWidth("50%");
        return card;
    }

    private LeadDetails lead(Side side) {
        return side == Side.LEFT ? comparison.left() : comparison.right();
    }

    private static String shown(String value) {
        return value == null || value.isEmpty() ? "(empty)" : value;
    }

    private static String message(RuntimeException e) {
        return e instanceof InvalidInputException invalid ? String.join(" ", invalid.fieldErrors().values())
                : e.getMessage();
    }
}
