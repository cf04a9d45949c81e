package com.pathway.clinic.ui;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;

import com.pathway.clinic.FieldDifference;
import com.pathway.clinic.LeadComparison;
import com.pathway.clinic.LeadDetails;
import com.pathway.clinic.LeadMergeService;
import com.pathway.clinic.MergeRequest;
import com.pathway.security.Role;
import com.pathway.shared.ConflictException;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.NotFoundException;
import com.pathway.shared.ui.ClinicTime;
import com.pathway.shared.ui.Notifications;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
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

/**
 * Merges two leads that are the same person ({@code leads/PW-1/merge?with=PW-2}): both side by side,
 * a choice per differing field, the lead that survives, and a confirmation. The other lead is closed
 * as "Duplicate" and points to the survivor. The lead service decides everything; this view only
 * collects the choices and shows refusals.
 */
@Route("leads/:key/merge")
@PageTitle("Merge leads · Pathway")
@RolesAllowed({Role.Names.INTAKE_COORDINATOR, Role.Names.MANAGER})
public class LeadMergeView extends VerticalLayout implements BeforeEnterObserver {

    enum Side { LEFT, RIGHT }

    private final LeadMergeService merges;
    private final ClinicTime time;
    private final VerticalLayout content = new VerticalLayout();
    private final RadioButtonGroup<Side> survivor = new RadioButtonGroup<>("Which lead survives?");
    private final Map<String, RadioButtonGroup<Side>> choices = new LinkedHashMap<>();
    private LeadComparison comparison;
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
        survivor.setId("merge-survivor");
        survivor.setItems(Side.LEFT, Side.RIGHT);
        survivor.setItemLabelGenerator(s -> "Keep " + lead(s).key() + " (" + lead(s).lastName() + ", "
                + lead(s).firstName() + ", created " + time.format(lead(s).createdAt()) + ")");
        survivor.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        survivor.setValue(Side.LEFT);
        HorizontalLayout both = new HorizontalLayout(card(left), card(right));
        both.setId("merge-leads");
        both.setWidthFull();
        content.add(both);
        content.add(new Paragraph("The surviving lead takes the values chosen below; the other lead is closed as "
                + "Duplicate and points to it. Both keep their histories."), survivor);
        content.add(new H3(comparison.differences().isEmpty() ? "Both leads hold the same values."
                : "Choose the value to keep (" + left.key() + " on the left, " + right.key() + " on the right)"));
        for (FieldDifference d : comparison.differences()) {
            RadioButtonGroup<Side> choice = new RadioButtonGroup<>(d.label());
            choice.setId("merge-field-" + d.field());
            choice.setItems(Side.LEFT, Side.RIGHT);
            choice.setItemLabelGenerator(s -> shown(s == Side.LEFT ? d.leftValue() : d.rightValue()));
            choice.setValue(Side.LEFT);
            choice.setWidthFull();
            choices.put(d.field(), choice);
            content.add(choice);
        }
        Button merge = new Button("Merge", e -> merge());
        merge.setId("merge-confirm");
        merge.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button("Cancel", e -> UI.getCurrent().navigate("leads"));
        content.add(new HorizontalLayout(merge, cancel));
    }

    private void merge() {
        Side kept = survivor.getValue();
        Set<String> fromDuplicate = new HashSet<>();
        choices.forEach((field, choice) -> {
            if (choice.getValue() != kept) {
                fromDuplicate.add(field);
            }
        });
        LeadDetails survivorLead = lead(kept);
        LeadDetails duplicate = lead(kept == Side.LEFT ? Side.RIGHT : Side.LEFT);
        try {
            merges.merge(new MergeRequest(survivorLead.key(), survivorLead.version(), duplicate.key(),
                    duplicate.version(), fromDuplicate));
            Notifications.success(duplicate.key() + " was merged into " + survivorLead.key() + ".");
            UI.getCurrent().navigate("items/" + survivorLead.key());
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
