package com.pathway.support;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import com.vaadin.flow.component.html.Div;

/** What the lead page's activity says: its entries are sent as markup in one element, read here as a browser would. */
public final class TimelineText {

    private TimelineText() {
    }

    /** The entries, newest first, as parsed from the markup the page sends. */
    public static List<Element> entries() {
        Div entries = _get(Div.class, spec -> spec.withId("timeline-entries"));
        return Jsoup.parseBodyFragment(entries.getElement().getProperty("innerHTML")).select("li.timeline-entry");
    }

    /** Everything the entries say, as one text. */
    public static String text() {
        return String.join("\n", entries().stream().map(Element::text).toList());
    }

    /** The entries' titles, newest first. */
    public static List<String> titles() {
        return entries().stream().map(e -> e.selectFirst(".timeline-title").text()).toList();
    }
}
