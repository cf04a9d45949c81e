package com.pathway.clinic.ui;

import org.jsoup.nodes.Element;

import com.pathway.clinic.LeadTimeline;
import com.pathway.clinic.TimelineEntry;
import com.pathway.shared.ui.ClinicTime;
import com.pathway.shared.ui.Markup;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;

/**
 * A lead's activity, newest first, a page at a time: "Show older" asks the timeline for more. Each
 * entry says when (in the clinic's zone), who, what, and its details.
 * <p>
 * Nothing in an entry is clicked, so the entries are sent as markup in one element (every value escaped by
 * jsoup) rather than as ten components each that the server would keep while the page is open.
 */
class TimelineList extends Div {

    static final int PAGE = 25;

    private final LeadTimeline timeline;
    private final ClinicTime time;
    private final Div entries = new Div();
    private final Button older = new Button("Show older", e -> more());
    private String key;
    private int shown = PAGE;

    TimelineList(LeadTimeline timeline, ClinicTime time) {
        this.timeline = timeline;
        this.time = time;
        setId("lead-timeline");
        addClassName("lead-timeline");
        entries.setId("timeline-entries");
        older.setId("timeline-older");
        older.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(entries, older);
    }

    void show(String leadKey) {
        if (!leadKey.equals(key)) {
            shown = PAGE;
        }
        key = leadKey;
        LeadTimeline.Page page = timeline.newest(key, shown);
        Element block = Markup.block();
        Element list = block.appendElement("ul");
        page.entries().forEach(e -> item(list, e));
        Markup.show(entries, block);
        older.setVisible(page.hasOlder());
    }

    private void more() {
        shown += PAGE;
        show(key);
    }

    private void item(Element list, TimelineEntry e) {
        Element item = list.appendElement("li").addClass("timeline-entry").addClass("timeline-" + e.kind());
        Element head = item.appendElement("div").addClass("timeline-head");
        head.appendElement("span").addClass("timeline-title").text(e.title());
        head.appendElement("span").addClass("timeline-actor").text(e.actor());
        head.appendElement("span").addClass("timeline-when").text(time.format(e.at()));
        e.details().forEach(line -> item.appendElement("div").addClass("timeline-detail").text(line));
    }
}
