package com.pathway.clinic.ui;

import java.time.LocalDate;
import java.util.function.Supplier;

import org.springframework.data.domain.Sort;

import com.pathway.clinic.LeadExportService;
import com.pathway.clinic.LeadFilter;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadHandler;

/**
 * "Export CSV" on the lead list: downloads the leads the list's filters match at the moment of the
 * click, streamed from the database by {@link LeadExportService}.
 */
class LeadExportLink extends Anchor {

    LeadExportLink(LeadExportService exports, Supplier<LeadFilter> filter) {
        setId("leads-export");
        com.vaadin.flow.component.icon.Icon icon = VaadinIcon.DOWNLOAD_ALT.create();
        icon.setSize("var(--lumo-icon-size-s)");
        add(icon, new com.vaadin.flow.component.html.Span(" Export CSV"));
        getStyle().set("white-space", "nowrap");
        getElement().setAttribute("title", "Export the leads these filters match as a CSV file");
        setHref((DownloadHandler) event -> {
            LeadFilter current = read(event.getSession(), filter);
            event.setFileName("leads-" + LocalDate.now() + ".csv");
            event.setContentType("text/csv;charset=UTF-8");
            exports.export(current, Sort.by(Sort.Direction.DESC, "createdAt"), event.getOutputStream());
        });
    }

    /** The filter as the list shows it; the download runs outside the UI's lock, so it takes the lock to read. */
    private static LeadFilter read(VaadinSession session, Supplier<LeadFilter> filter) {
        session.lock();
        try {
            return filter.get();
        } finally {
            session.unlock();
        }
    }
}
