package com.pathway.shared.ui;

import java.util.function.BiConsumer;

import org.jsoup.nodes.Element;

import com.vaadin.flow.component.Component;

/**
 * Buttons written into a list's markup ({@link Markup}) and the one listener that hears them: a row carries its id
 * in a {@code data-} attribute, a button its action in {@code data-action}, and a click on a button (or Enter or
 * Space on a focused one, which click it) reaches the server with both, read in the browser. What the browser
 * sends is not trusted: the list acts only on rows it shows, and the services check who may do what.
 */
public final class MarkupButtons {

    /** The action of the button clicked, read in the browser. */
    public static final String ACTION = "event.target.closest('[data-action]').dataset.action";

    private MarkupButtons() {
    }

    /** The expression reading the id of the row clicked in (class {@code rowClass}, attribute {@code data-<name>}). */
    public static String rowId(String rowClass, String name) {
        return "event.target.closest('." + rowClass + "').dataset." + name;
    }

    /** The filter that lets through clicks on a button inside a row of {@code rowClass}, and no others. */
    public static String onAButton(String rowClass) {
        return "event.target.closest('[data-action]') !== null && event.target.closest('." + rowClass + "') !== null";
    }

    /** A small tertiary button doing {@code action}. */
    public static Element button(Element parent, String action, String text) {
        return parent.appendElement("vaadin-button").attr("theme", "small tertiary").attr("data-action", action)
                .text(text);
    }

    /**
     * Hears the clicks on the buttons of {@code list}'s rows (class {@code rowClass}, id in {@code data-<name>}) and
     * hands {@code handler} the action and the row's id; a click whose row id is missing or not a number is ignored.
     */
    public static void listen(Component list, String rowClass, String name, BiConsumer<String, Long> handler) {
        String rowId = rowId(rowClass, name);
        list.getElement().addEventListener("click", e -> {
            long id;
            try {
                id = Long.parseLong(e.getEventData().path(rowId).asString(""));
            } catch (NumberFormatException notANumber) {
                return;
            }
            handler.accept(e.getEventData().path(ACTION).asString(""), id);
        }).addEventData(ACTION).addEventData(rowId).setFilter(onAButton(rowClass));
    }
}
