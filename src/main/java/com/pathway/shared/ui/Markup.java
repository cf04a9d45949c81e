package com.pathway.shared.ui;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.vaadin.flow.component.Component;

/**
 * Read-only text sent to the browser as markup in one element, instead of as components the server keeps for as
 * long as the page is open. Every value goes in through jsoup ({@code text}, {@code attr}), which escapes it.
 */
public final class Markup {

    private Markup() {
    }

    /** An empty block to write the markup into, printed without indentation. */
    public static Element block() {
        Document document = new Document("");
        document.outputSettings().prettyPrint(false);
        return document.appendElement("div");
    }

    /** Shows what {@code block} holds (its children) as {@code target}'s content, in place of what it showed. */
    public static void show(Component target, Element block) {
        target.getElement().setProperty("innerHTML", block.html());
    }
}
