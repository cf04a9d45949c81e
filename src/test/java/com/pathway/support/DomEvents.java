package com.pathway.support;

import java.util.Map;

import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.DomEvent;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A DOM event as the browser sends it to a listener of the server's: its type and its event data, each keyed by
 * the expression the listener asked for (a filter that passed is sent as {@code true}). For listeners that hear
 * the events of markup (rows, cards) on the element holding it.
 */
public final class DomEvents {

    private DomEvents() {
    }

    public static void fire(Component target, String type, Map<String, ?> data) {
        ObjectNode eventData = JsonNodeFactory.instance.objectNode();
        data.forEach((expression, value) -> {
            if (value instanceof Boolean b) {
                eventData.put(expression, b);
            } else {
                eventData.put(expression, String.valueOf(value));
            }
        });
        ElementUtilsKt._fireDomEvent(target.getElement(), new DomEvent(target.getElement(), type, eventData));
    }
}
