package com.pathway.notes.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.pathway.audit.AuditOutcome;
import com.pathway.audit.AuditRecord;
import com.pathway.audit.AuditService;
import com.pathway.notes.NoteVisibility;

/**
 * The notes' lines in the audit trail, all on the lead (entity {@code LEAD}, its key), never with a note's
 * text: every clinical note read ({@code CLINICAL_NOTE_VIEWED} with the ids shown), every write, and a
 * refused read of a note, in a transaction of its own because the caller's rolls back with the refusal.
 */
@Component
public class NoteAudit {

    public static final String CLINICAL_NOTE_VIEWED = "CLINICAL_NOTE_VIEWED";
    public static final String NOTE_WRITTEN = "NOTE_WRITTEN";
    public static final String NOTE_EDITED = "NOTE_EDITED";
    public static final String NOTE_ADDENDUM_WRITTEN = "NOTE_ADDENDUM_WRITTEN";
    public static final String NOTE_PINNED = "NOTE_PINNED";
    public static final String NOTE_UNPINNED = "NOTE_UNPINNED";

    private final AuditService audit;

    public NoteAudit(AuditService audit) {
        this.audit = audit;
    }

    /** Records the clinical notes among those shown, if any, with how they were read. */
    public void shown(String key, Collection<Note> notes, String via) {
        List<Long> clinical = notes.stream().filter(n -> n.getVisibility() == NoteVisibility.CLINICAL)
                .map(Note::getId).toList();
        if (clinical.isEmpty()) {
            return;
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("via", via);
        details.put("notes", clinical.stream().map(String::valueOf).collect(Collectors.joining(",")));
        audit.record(new AuditRecord(CLINICAL_NOTE_VIEWED, null, "LEAD", key, AuditOutcome.SUCCESS, null, details));
    }

    public void wrote(String action, String key, Note note, int mentioned) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("note", note.getId());
        details.put("visibility", note.getVisibility().name());
        if (note.getAddendumOf() != null) {
            details.put("addendumOf", note.getAddendumOf());
        }
        if (mentioned > 0) {
            details.put("mentioned", mentioned);
        }
        audit.record(new AuditRecord(action, null, "LEAD", key, AuditOutcome.SUCCESS, null, details));
    }

    /** A note the caller may not read was asked for: recorded even though the caller's transaction rolls back. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void denied(String key, long noteId) {
        audit.record(new AuditRecord(CLINICAL_NOTE_VIEWED, null, "LEAD", key, AuditOutcome.DENIED, null,
                Map.of("note", noteId)));
    }
}
