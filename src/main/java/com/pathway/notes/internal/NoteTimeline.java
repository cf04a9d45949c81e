package com.pathway.notes.internal;

import java.util.List;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

import com.pathway.clinic.TimelineEntry;
import com.pathway.clinic.TimelineSource;
import com.pathway.notes.NotePermissions;
import com.pathway.notes.NoteVisibility;

/**
 * The lead's notes and addenda in its activity timeline, only those the reader may read (clinical ones
 * for clinicians), each clinical one shown audited like any other read of it.
 */
@Component
@Order(3)
class NoteTimeline implements TimelineSource {

    /** How much of a note the timeline shows; the notes panel shows all of it. */
    static final int SHOWN = 280;

    private final NoteRepository notes;
    private final NotePermissions permissions;
    private final NoteAudit audit;

    NoteTimeline(NoteRepository notes, NotePermissions permissions, NoteAudit audit) {
        this.notes = notes;
        this.permissions = permissions;
        this.audit = audit;
    }

    @Override
    public List<TimelineEntry> newest(String key, int limit) {
        Set<NoteVisibility> visible = permissions.visible();
        if (visible.isEmpty()) {
            return List.of();
        }
        List<Note> newest = notes.findByItemKeyAndVisibilityIn(key, visible,
                PageRequest.of(0, limit, Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"))));
        audit.shown(key, newest, "timeline");
        return newest.stream().map(NoteTimeline::entry).toList();
    }

    private static TimelineEntry entry(Note n) {
        String kind = n.getVisibility() == NoteVisibility.CLINICAL ? "clinical note" : "note";
        String title = n.getAddendumOf() != null ? "Addendum to a " + kind : n.getVisibility().label() + " note";
        String text = n.getBody().length() <= SHOWN ? n.getBody() : n.getBody().substring(0, SHOWN - 1) + "…";
        return new TimelineEntry(n.getCreatedAt(), n.getVisibility() == NoteVisibility.CLINICAL ? "note-clinical" : "note",
                title, text.lines().toList(), n.getAuthorName());
    }
}
