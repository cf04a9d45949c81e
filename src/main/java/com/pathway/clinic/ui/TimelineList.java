package com.pathway.clinic.ui;

import com.pathway.clinic.LeadTimeline;
import com.pathway.clinic.TimelineEntry;
import com.pathway.shared.ui.ClinicTime;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * A lead's activity, newest first, a page at a time: "Show older" asks the timeline for more. Each
 * entry says when (in the clinic's zone), who, what, and its details.
 */
class TimelineList extends Div {

    static final int PAGE = 25;

    private final LeadTimeline timeline;
    private final ClinicTime time;
    private final UnorderedList entries = new UnorderedList();
    private final Button older = new Button("Show older", e -> more());
    private String key;
    private int shown = PAGE;

    TimelineList(LeadTimeline timeline, ClinicTime time) {
        this.timeline = timeline;
        this.time = time;
        setId("lead-timeline");
        addClassName("lead-timeline");
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
        entries.removeAll();
        page.entries().forEach(e -> entries.add(item(e)));
        older.setVisible(page.hasOlder());
    }

    private void more() {
        shown += PAGE;
        show(key);
    }

    private ListItem item(TimelineEntry e) {
        Span when = new Span(time.format(e.at()));
        when.addClassName("timeline-when");
        Span who = new Span(e.actor());
        who.addClassName("timeline-actor");
        Span title = new Span(e.title());
        title.addClassName("timeline-title");
        Div head = new Div(title, who, when);
        head.addClassName("timeline-head");
        ListItem item = new ListItem(head);
        item.addClassName("timeline-entry");
        item.addClassName("timeline-" + e.kind());
        e.details().forEach(line -> {
            Div detail = new Div(line);
            detail.addClassName("timeline-detail");
            item.add(detail);
        });
        return item;
    }
}
