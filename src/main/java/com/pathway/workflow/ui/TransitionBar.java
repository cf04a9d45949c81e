package com.pathway.workflow.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.pathway.security.UserDirectory;
import com.pathway.shared.ConflictException;
import com.pathway.shared.ForbiddenException;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.NotFoundException;
import com.pathway.shared.ui.InlineAlert;
import com.pathway.shared.ui.Notifications;
import com.pathway.workflow.AvailableTransition;
import com.pathway.workflow.TransitionRequest;
import com.pathway.workflow.WorkItemView;
import com.pathway.workflow.WorkflowService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.shared.Registration;

/**
 * The transitions the current user may run on one item now, a button each. A transition with a
 * screen opens a dialog with its fields and a comment; one without runs in one click, and a small
 * comment button beside it opens the same dialog with the comment alone. Validator errors appear next to those fields, and those for
 * fields the screen does not show in the dialog as text. Every other refusal (a validator of a
 * transition without a screen, a condition that no longer holds, someone else changing the item first)
 * is said in the bar's {@link InlineAlert} under the buttons, with what to do next; for the last two
 * the bar reloads. Host views listen for
 * {@link #addTransitionedListener(Consumer) transitions} to refresh what they show.
 * <p>Other modules' views may embed it (named interface {@code ui}).
 */
@org.springframework.modulith.NamedInterface("ui")
public class TransitionBar extends HorizontalLayout {

    private final WorkflowService workflow;
    private final UserDirectory users;
    private final List<Consumer<WorkItemView>> listeners = new ArrayList<>();
    private final InlineAlert refusal = new InlineAlert();
    private WorkItemView item;

    /** @param users offers the people a USER field may name */
    public TransitionBar(WorkflowService workflow, UserDirectory users) {
        this.workflow = workflow;
        this.users = users;
        addClassName("transition-bar");
        setWrap(true);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        refusal.setId("transition-refusal");
    }

    /** Shows the transitions of the item with this key, as it is now. */
    public void show(String key) {
        removeAll();
        refusal.clear();
        try {
            item = workflow.get(key);
            List<AvailableTransition> available = workflow.availableTransitions(key);
            if (available.isEmpty()) {
                Span none = new Span("No transition is available to you now.");
                none.addClassName("transition-bar-empty");
                add(none);
            }
            available.forEach(t -> {
                add(button(t));
                if (t.screen().isEmpty()) {
                    add(commentButton(t));
                }
            });
        } catch (NotFoundException e) {
            item = null;
            add(new Span(e.getMessage()));
        }
        add(refusal);
    }

    /** What the bar says about the last refused attempt, as plain text; empty when nothing was refused. */
    public String refusalText() {
        return refusal.text();
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

    /** Runs a screen-less transition with a comment: the dialog shows the comment alone. */
    private Button commentButton(AvailableTransition t) {
        Button button = new Button(VaadinIcon.COMMENT_O.create(), e -> {
            refusal.clear();
            openScreen(t);
        });
        button.setId("transition-" + t.id() + "-comment");
        button.addClassName("transition-comment");
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
        button.setAriaLabel(t.name() + " with a comment");
        button.setTooltipText(t.name() + " with a comment");
        return button;
    }

    private void openScreen(AvailableTransition t) {
        new TransitionScreenDialog(t, request -> run(request, null), item.version(), users).open();
    }

    private void start(AvailableTransition t) {
        refusal.clear();
        if (t.screen().isEmpty()) {
            InvalidInputException refused = run(new TransitionRequest(t.id(), null, null, item.version()), null);
            if (refused != null) {
                // Nothing to put the messages next to: every one of them is said under the buttons.
                refusal.show(notDone(t.name()), List.copyOf(refused.fieldErrors().values()));
            }
        } else {
            openScreen(t);
        }
    }

    static String notDone(String transition) {
        return "\u201C" + transition + "\u201D was not done.";
    }

    /**
     * Runs a transition. Returns the validator errors for the caller to show, or {@code null} when
     * the attempt is over (done, or refused and said in the bar).
     */
    InvalidInputException run(TransitionRequest request, TransitionScreenDialog dialog) {
        String key = item.key();
        try {
            WorkItemView after = workflow.transition(key, request);
            Notifications.success(key + " is now in " + after.status() + ".");
            show(after.key());
            listeners.forEach(l -> l.accept(after));
            return null;
        } catch (InvalidInputException e) {
            return e;
        } catch (ConflictException e) {
            reloadAndSay(key, e.getMessage() + " It has been reloaded here: check what changed before trying again.");
            return null;
        } catch (ForbiddenException e) {
            reloadAndSay(key, e.getMessage() + " Something changed since this page was shown (the item, or what your"
                    + " role allows); the buttons now show what you may do. Ask a manager if this step should be yours.");
            return null;
        } catch (NotFoundException e) {
            show(key);
            refusal.show(e.getMessage());
            return null;
        }
    }

    private void reloadAndSay(String key, String message) {
        show(key);
        if (item != null) {
            listeners.forEach(l -> l.accept(item));
        }
        refusal.show(message);
    }
}
