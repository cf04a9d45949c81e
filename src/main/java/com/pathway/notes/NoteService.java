package com.pathway.notes;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.pathway.clinic.LeadAudience;
import com.pathway.clinic.LeadAudience.LeadRef;
import com.pathway.notes.internal.Mentions;
import com.pathway.notes.internal.Note;
import com.pathway.notes.internal.NoteAudit;
import com.pathway.notes.internal.NoteRepository;
import com.pathway.notifications.NewNotification;
import com.pathway.notifications.NotificationService;
import com.pathway.security.CurrentUser;
import com.pathway.security.StaffDirectory;
import com.pathway.security.StaffMember;
import com.pathway.shared.ForbiddenException;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.NotFoundException;

/**
 * Notes on leads. Every call first opens the lead through the lead's one read rule
 * ({@link LeadAudience#open}: an unknown key or a lead the caller may not read is "There is no lead …",
 * and audited), then reads only notes of the visibilities the caller may read
 * ({@link NotePermissions#visibleTo}): clinical notes are for clinicians only, on every path (list,
 * count, pinned, timeline, changes). Every clinical note shown is audited, and so is every write.
 * Mentions must name active colleagues who may read the note; each is notified without the note's text.
 */
@Service
@Transactional // not read-only: reading a clinical note is audited
public class NoteService {

    /** The longest note or addendum, in characters. */
    public static final int MAX_TEXT = 10_000;
    /** How long its author may edit a note after writing it. */
    public static final Duration EDIT_WINDOW = Note.EDIT_WINDOW;

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

    private final NoteRepository notes;
    private final LeadAudience leads;
    private final StaffDirectory staff;
    private final NotificationService notifications;
    private final NotePermissions permissions;
    private final NoteAudit audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    public NoteService(NoteRepository notes, LeadAudience leads, StaffDirectory staff,
            NotificationService notifications, NotePermissions permissions, NoteAudit audit, CurrentUser currentUser,
            Clock clock) {
        this.notes = notes;
        this.leads = leads;
        this.staff = staff;
        this.notifications = notifications;
        this.permissions = permissions;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A page of the lead's notes the caller may read, newest first, each with its addenda. */
    @PreAuthorize(NotePermissions.READ)
    public Page<NoteView> list(String key, Pageable pageable) {
        LeadRef lead = leads.open(key);
        Set<NoteVisibility> visible = permissions.visible();
        Pageable sorted = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), NEWEST_FIRST);
        Page<Note> page = notes.findByItemKeyAndAddendumOfIsNullAndVisibilityIn(lead.key(), visible, sorted);
        List<Note> shown = new ArrayList<>(page.getContent());
        Map<Long, List<NoteView>> addenda = new LinkedHashMap<>();
        if (!page.isEmpty()) {
            List<Note> more = notes.findByAddendumOfInAndVisibilityInOrderByCreatedAtAscIdAsc(
                    page.getContent().stream().map(Note::getId).toList(), visible);
            shown.addAll(more);
            more.forEach(a -> addenda.computeIfAbsent(a.getAddendumOf(), id -> new ArrayList<>()).add(view(a)));
        }
        audit.shown(lead.key(), shown, "list");
        return page.map(n -> view(n).withAddenda(addenda.getOrDefault(n.getId(), List.of())));
    }

    /** How many notes (not counting addenda) of the lead the caller may read: clinical ones only for clinicians. */
    @PreAuthorize(NotePermissions.READ)
    public long count(String key) {
        LeadRef lead = leads.open(key);
        return notes.countByItemKeyAndAddendumOfIsNullAndVisibilityIn(lead.key(), permissions.visible());
    }

    /** The lead's pinned notes the caller may read, most recently pinned first, for the top of the lead page. */
    @PreAuthorize(NotePermissions.READ)
    public List<NoteView> pinned(String key) {
        LeadRef lead = leads.open(key);
        List<Note> pinned = notes.findByItemKeyAndPinnedAtIsNotNullAndVisibilityInOrderByPinnedAtDesc(lead.key(),
                permissions.visible());
        audit.shown(lead.key(), pinned, "pinned");
        return pinned.stream().map(this::view).toList();
    }

    /**
     * Writes a note on the lead; clinical notes only clinicians. Mentioned colleagues are notified; a
     * mention of someone who is not an active colleague, may not see the lead or, on a clinical note, is
     * not a clinician, refuses the whole note with a message naming them.
     */
    @PreAuthorize(NotePermissions.WRITE)
    public NoteView write(String key, NewNote request) {
        LeadRef lead = leads.openForChange(key);
        NoteVisibility visibility = request == null || request.visibility() == null ? NoteVisibility.GENERAL
                : request.visibility();
        mayWrite(visibility);
        String text = checkedText(request == null ? null : request.text());
        List<StaffMember> mentioned = mentioned(lead, visibility, Mentions.in(text));
        Note note = notes.saveAndFlush(new Note(lead.itemId(), lead.key(), visibility, text, me(),
                currentUser.displayName(), now()));
        audit.wrote(NoteAudit.NOTE_WRITTEN, lead.key(), note, mentioned.size());
        notify(lead, mentioned);
        return view(note);
    }

    /**
     * Changes a note's text (its author, within {@link #EDIT_WINDOW}: later a correction is an addendum)
     * or pins or unpins it (anyone who may write such notes). Colleagues newly mentioned are notified.
     */
    @PreAuthorize(NotePermissions.WRITE)
    public NoteView change(String key, long id, NoteChange change) {
        LeadRef lead = leads.openForChange(key);
        Note note = readable(lead, id);
        mayWrite(note.getVisibility());
        if (change == null || (change.text() == null && change.pinned() == null)) {
            throw InvalidInputException.of("text", "Send the note's new text, or pinned true or false.");
        }
        if (change.text() != null) {
            String text = checkedText(change.text());
            String before = note.getBody();
            note.edit(text, me(), now());
            List<StaffMember> mentioned = mentioned(lead, note.getVisibility(), Mentions.added(before, text));
            audit.wrote(NoteAudit.NOTE_EDITED, lead.key(), note, mentioned.size());
            notify(lead, mentioned);
        }
        if (change.pinned() != null && change.pinned() != note.isPinned()) {
            if (change.pinned()) {
                note.pin(me(), now());
            } else {
                note.unpin();
            }
            audit.wrote(change.pinned() ? NoteAudit.NOTE_PINNED : NoteAudit.NOTE_UNPINNED, lead.key(), note, 0);
        }
        return view(notes.saveAndFlush(note));
    }

    /** Adds a correction under a note (under its original, if {@code id} is itself an addendum); the note stays as written. */
    @PreAuthorize(NotePermissions.WRITE)
    public NoteView addAddendum(String key, long id, String text) {
        LeadRef lead = leads.openForChange(key);
        Note original = readable(lead, id);
        mayWrite(original.getVisibility());
        String checked = checkedText(text);
        List<StaffMember> mentioned = mentioned(lead, original.getVisibility(), Mentions.in(checked));
        Note addendum = notes.saveAndFlush(original.addendum(checked, me(), currentUser.displayName(), now()));
        audit.wrote(NoteAudit.NOTE_ADDENDUM_WRITTEN, lead.key(), addendum, mentioned.size());
        notify(lead, mentioned);
        return view(addendum);
    }

    /**
     * Colleagues who may be mentioned on a note of this visibility on the lead, whose user name or name
     * starts with {@code text}: active, able to read the lead, and clinicians for a clinical note.
     */
    @PreAuthorize(NotePermissions.WRITE)
    public List<StaffMember> mentionable(String key, NoteVisibility visibility, String text, int limit) {
        LeadRef lead = leads.openForChange(key);
        NoteVisibility v = visibility == null ? NoteVisibility.GENERAL : visibility;
        mayWrite(v);
        return staff.find(text, StaffDirectory.MAX_FOUND).stream()
                .filter(m -> !m.username().equalsIgnoreCase(me()))
                .filter(m -> reason(lead, v, m) == null)
                .limit(Math.clamp(limit, 1, StaffDirectory.MAX_FOUND)).toList();
    }

    private void mayWrite(NoteVisibility visibility) {
        if (!permissions.mayWrite(visibility)) {
            throw new ForbiddenException("Only clinicians write and read clinical notes.");
        }
    }

    /** The note, if the caller may read it; a clinical note asked for by anyone else is a refused, audited read. */
    private Note readable(LeadRef lead, long id) {
        return notes.findByIdAndItemKeyAndVisibilityIn(id, lead.key(), permissions.visible()).orElseThrow(() -> {
            if (notes.findByIdAndItemKey(id, lead.key()).isPresent()) {
                audit.denied(lead.key(), id);
            }
            return new NotFoundException("There is no note " + id + " on " + lead.key() + ".");
        });
    }

    private static String checkedText(String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of("text", "Write the note's text.");
        }
        String stripped = text.strip();
        if (stripped.length() > MAX_TEXT) {
            throw InvalidInputException.of("text", "A note holds at most " + String.format("%,d", MAX_TEXT)
                    + " characters; this one has " + String.format("%,d", stripped.length()) + ".");
        }
        return stripped;
    }

    /** The colleagues named, or a refusal that names every mention that cannot stand. */
    private List<StaffMember> mentioned(LeadRef lead, NoteVisibility visibility, Set<String> usernames) {
        List<StaffMember> found = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String username : usernames) {
            var member = staff.active(username);
            if (member.isEmpty()) {
                problems.add("There is no active colleague @" + username + ".");
                continue;
            }
            String reason = reason(lead, visibility, member.get());
            if (reason != null) {
                problems.add(reason);
            } else {
                found.add(member.get());
            }
        }
        if (!problems.isEmpty()) {
            throw InvalidInputException.of("text", String.join(" ", problems));
        }
        return found;
    }

    /** Why this colleague cannot be mentioned on such a note on the lead, or {@code null} if they can. */
    private String reason(LeadRef lead, NoteVisibility visibility, StaffMember member) {
        String who = "@" + member.username() + " (" + member.displayName() + ")";
        if (!NotePermissions.visibleTo(member.roles()).contains(visibility)) {
            return visibility == NoteVisibility.CLINICAL
                    ? who + " is not a clinician and cannot read clinical notes."
                    : who + " does not read notes.";
        }
        if (!leads.mayRead(lead, member)) {
            return who + " cannot see " + lead.key() + ".";
        }
        return null;
    }

    /** "Dana Reyes mentioned you on PW-12": who and where, never what the note says. */
    private void notify(LeadRef lead, List<StaffMember> mentioned) {
        String by = currentUser.displayName();
        mentioned.stream().filter(m -> !m.username().equalsIgnoreCase(me())).forEach(m -> notifications.send(
                new NewNotification(m.username(), "mention", by + " mentioned you on " + lead.key(),
                        "leads/" + lead.key(), me())));
    }

    private NoteView view(Note n) {
        return new NoteView(n.getId(), n.getItemKey(), n.getVisibility(), n.getBody(), n.getAuthor(),
                n.getAuthorName(), n.getCreatedAt(), n.getEditedAt(), n.editableUntil(), n.isPinned(),
                n.getPinnedAt(), n.getPinnedBy(), n.getAddendumOf(), List.of());
    }

    private String me() {
        return currentUser.username().orElseThrow(() -> new IllegalStateException("No signed-in user"));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
