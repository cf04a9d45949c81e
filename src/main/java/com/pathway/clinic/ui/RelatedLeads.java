package com.pathway.clinic.ui;

import java.util.List;

import org.jsoup.nodes.Element;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import com.pathway.clinic.DuplicateCandidate;
import com.pathway.clinic.DuplicateProbe;
import com.pathway.clinic.LeadDetails;
import com.pathway.clinic.LeadFilter;
import com.pathway.clinic.LeadService;
import com.pathway.clinic.LeadSummary;
import com.pathway.shared.ui.Markup;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Leads related to the one shown: possible duplicates (with "Merge…" for those who may merge) and
 * other leads sent by the same referrer.
 */
class RelatedLeads extends Div {

    static final int LIMIT = 10;

    private final LeadService leads;
    private final boolean mayMerge;
    private String key;
    private final DuplicateList duplicates = new DuplicateList(this::mergeLink);
    private final Div sameReferrer = new Div();

    RelatedLeads(LeadService leads, boolean mayMerge) {
        this.leads = leads;
        this.mayMerge = mayMerge;
        setId("related-leads");
        addClassName("related-leads");
        sameReferrer.setId("same-referrer");
    }

    void show(LeadDetails lead) {
        key = lead.key();
        removeAll();
        List<DuplicateCandidate> found = leads.possibleDuplicates(DuplicateProbe.of(lead.form(), lead.key()), LIMIT);
        add(new H4("Possible duplicates"));
        duplicates.setId("possible-duplicates");
        duplicates.show(found);
        add(found.isEmpty() ? empty("No other lead has this phone, e-mail, or a similar name and birth date.")
                : duplicates);
        if (lead.form().referrerId() != null) {
            add(new H4("Same referrer"));
            List<LeadSummary> others = leads.search(new LeadFilter(null, null, null, null, null,
                    lead.form().referrerId(), null, null, null), PageRequest.of(0, LIMIT + 1,
                    Sort.by(Sort.Direction.DESC, "createdAt"))).stream().filter(l -> !l.key().equals(key)).toList();
            // Links and words only: sent as markup in one element (every value escaped by jsoup).
            Element rows = Markup.block();
            others.stream().limit(LIMIT).forEach(l -> referred(rows, l));
            Markup.show(sameReferrer, rows);
            add(others.isEmpty() ? empty("No other lead from this referrer.") : sameReferrer);
        }
    }

    private List<Component> mergeLink(DuplicateCandidate candidate) {
        if (!mayMerge) {
            return List.of();
        }
        Anchor merge = new Anchor("leads/" + key + "/merge?with=" + candidate.key(), "Merge…");
        merge.addClassName("merge-link");
        return List.of(merge);
    }

    private static void referred(Element rows, LeadSummary l) {
        Element row = rows.appendElement("div").addClass("referred-lead");
        row.appendElement("a").attr("href", "leads/" + l.key()).attr("router-link", "").text(l.key());
        row.appendElement("span").text(" " + l.firstName() + " " + l.lastName());
        row.appendElement("span").text(" \u00b7 " + l.status());
    }

    private static Paragraph empty(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("related-empty");
        return p;
    }
}
