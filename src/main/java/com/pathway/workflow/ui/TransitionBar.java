package com.pathway.workflow.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.pathway.shared.ConflictException;
import com.pathway.shared.ForbiddenException;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.NotFoundException;
import com.pathway.shared.ui.Notifications;
import com.pathway.workflow.AvailableTransition;
import com.pathway.workflow.TransitionRequest;
import com.pathway.workflow.WorkItemView;
import com.pathway.workflow.WorkflowService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.shared.Registration;

/**
 * The transitions the current user may run on one item now, a button each. A transition with a
 * screen opens a dialog with its fields; validator errors appear next to those fields. When someone
 * else changed the item first, the bar says so and reloads. Host views listen for
 * {@link #addTransitionedListener(Consumer) transitions} to refresh what they show.
 * <p>Other modules' views may embed it (named interface {@code ui}).
 */
@org.springframework.modulith.NamedInterface("ui")
public class TransitionBar extends HorizontalLayout {

    private final WorkflowService workflow;
    private final List<Consumer<WorkItemView>> listeners = new ArrayList<>();
    private WorkItemView item;

    public TransitionBar(WorkflowService workflow) {
        this.workflow = workflow;
        addClassName("transition-bar");
        setWrap(true);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    }

    /** Shows the transitions of the item with this key, as it is now. */
    public void show(String key) {
        removeAll();
        try {
            item = workflow.get(key);
            List<AvailableTransition> available = workflow.availableTransitions(key);
            if (available.isEmpty()) {
                Span none = new Span("No transition is available to you now.");
                none.addClassName("transition-bar-empty");
                add(none);
            }
            available.forEach(t -> add(button(t)));
        } catch (NotFoundException e) {
            item = null;
            add(new Span(e.getMessage()));
        }
    }

    /** Called with the item after each successful transition. */
    public Registration addTransitionedListener(Consumer<WorkItemView> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private Button button(AvailableTransition t) {
        Button button = new Button(t.name(), e -> start(t));
        button.setId("transition-" + t.id());
        if (t.toCategory() != null) {
            button.addClassName("to-" + t.toCategory().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        }
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.setTooltipText("Moves the item to " + t.to());
        return button;
    }

    private void start(AvailableTransition t) {
        if (t.screen().isEmpty()) {
            run(new TransitionRequest(t.id(), null, null, item.version()), null);
        } else {
            new TransitionScreenDialog(t, request -> run(request, null), item.version()).open();
        }
    }

    /**
     * Runs a transition. Returns the validator errors for the dialog to show, or {@code null} when
     * the attempt is over (done, refused or stale).
     */
    InvalidInputException run(TransitionRequest request, TransitionScreenDialog dialog) {
        try {
            WorkItemView after = workflow.transition(item.key(), request);
            Notifications.success(item.key() + " is now in " + after.status() + ".");
            show(after.key());
            listeners.forEach(l -> l.accept(after));
            return null;
        } catch (InvalidInputException e) {
            return e;
        } catch (ConflictException e) {
            String key = item.key();
            Notifications.error(e.getMessage() + " The item has been reloaded; check it and try again.");
            show(key);
            listeners.forEach(l -> l.accept(item));
            return null;
        } catch (ForbiddenException | NotFoundException e) {
            Notifications.error(e.getMessage());
            show(item.key());
            return null;
        }
    }
}
