package com.pathway.shared.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * A refusal shown where the user acted, next to the button they clicked, until their next attempt:
 * a toast vanishes before a busy person has read it, and does not say which button it belongs to.
 * It is an ARIA live region ({@code role="alert"}), so screen readers announce it when it appears.
 * Hidden while empty.
 */
public class InlineAlert extends Div {

    public InlineAlert() {
        addClassName("inline-alert");
        getElement().setAttribute("role", "alert");
        // Laid out on its own line inside wrapping rows of buttons.
        getStyle().set("flex-basis", "100%").set("box-sizing", "border-box")
                .set("color", "var(--lumo-error-text-color)")
                .set("background", "var(--lumo-error-color-10pct)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("font-size", "var(--lumo-font-size-s)");
        setVisible(false);
    }

    /** Shows a heading (what did not happen) and the reasons, each with what to do next. */
    public void show(String heading, List<String> reasons) {
        removeAll();
        Span title = new Span(heading);
        title.addClassName("inline-alert-heading");
        title.getStyle().set("font-weight", "600");
        add(title);
        if (reasons.size() == 1) {
            add(new Span(" " + reasons.get(0)));
        } else if (!reasons.isEmpty()) {
            UnorderedList list = new UnorderedList(reasons.stream().map(ListItem::new).toArray(ListItem[]::new));
            list.getStyle().set("margin", "var(--lumo-space-xs) 0 0");
            add(list);
        }
        setVisible(true);
    }

    /** Shows one sentence. */
    public void show(String text) {
        removeAll();
        add(new Span(text));
        setVisible(true);
    }

    public void clear() {
        removeAll();
        setVisible(false);
    }

    /** What is shown, as plain text (empty when hidden). */
    public String text() {
        return isVisible() ? getElement().getTextRecursively().strip() : "";
    }
}
