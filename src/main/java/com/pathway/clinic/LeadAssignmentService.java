package com.pathway.clinic;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import com.pathway.audit.AuditOutcome;
import com.pathway.audit.AuditRecord;
import com.pathway.audit.AuditService;
import com.pathway.clinic.BulkAssignment.Line;
import com.pathway.clinic.BulkAssignment.Outcome;
import com.pathway.clinic.internal.Lead;
import com.pathway.clinic.internal.LeadRepository;
import com.pathway.clinic.internal.LeadWriter;
import com.pathway.security.CurrentUser;
import com.pathway.security.Role;
import com.pathway.security.StaffDirectory;
import com.pathway.security.StaffMember;
import com.pathway.shared.ConflictException;
import com.pathway.shared.ForbiddenException;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.NotFoundException;
import com.pathway.workflow.WorkItemView;
import com.pathway.workflow.WorkflowService;

/**
 * Who works on a lead: its intake coordinator and its clinician ({@link AssignmentField}). Intake
 * coordinators and managers assign anyone who fits the field to a lead they may read
 * ({@link LeadAction#ASSIGN}); anyone who works on leads takes a lead themselves in the field their role
 * fits ({@link LeadAction#ASSIGN_SELF}); managers reassign many leads at once ({@link LeadAction#ASSIGN_MANY}).
 * A person is assigned only while their account is active and holds a fitting role. Every change
 * is written to the lead's changelog by the engine (so it shows in the timeline), audited as
 * {@code LEAD_ASSIGNED}, and announced as {@link LeadAssigned}. A lead the user may not read is an
 * unknown key, and the refusal is audited, as on every path into a lead.
 */
@Service
@Transactional
public class LeadAssignmentService {

    /** The most leads one bulk assignment takes. */
    public static final int MAX_BULK = 500;

    private final WorkflowService workflow;
    private final LeadRepository leads;
    private final LeadWriter writer;
    private final StaffDirectory staff;
    private final LeadPermissions permissions;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final TransactionTemplate eachLead;
    private final Clock clock;

    public LeadAssignmentService(WorkflowService workflow, LeadRepository leads, LeadWriter writer,
            StaffDirectory staff, LeadPermissions permissions, CurrentUser currentUser, AuditService audit,
            PlatformTransactionManager transactions, Clock clock) {
        this.workflow = workflow;
        this.leads = leads;
        this.writer = writer;
        this.staff = staff;
        this.permissions = permissions;
        this.currentUser = currentUser;
        this.audit = audit;
        this.eachLead = new TransactionTemplate(transactions);
        this.eachLead.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Who the lead (as the caller already read it) is assigned to, with their names. */
    @PreAuthorize(LeadPermissions.VIEW)
    @Transactional(readOnly = true)
    public LeadAssignees assignees(LeadDetails lead) {
        return assignees(lead.key(), lead.form().coordinator(), lead.form().clinician(), lead.version());
    }

    /** Who the lead is assigned to; reading it is audited as any read of the lead. */
    @PreAuthorize(LeadPermissions.VIEW)
    public LeadAssignees assignees(String key) {
        Loaded loaded = load(key);
        return assignees(loaded.lead());
    }

    /**
     * The people who may be picked for the field: active accounts with a fitting role whose name
     * contains {@code search}, by name, at most {@code limit} (1 to 50).
     */
    @PreAuthorize(LeadPermissions.ASSIGN)
    @Transactional(readOnly = true)
    public List<Assignee> candidates(AssignmentField field, String search, int limit) {
        AssignmentField checked = required(field);
        if (limit < 1 || limit > StaffDirectory.MAX_RESULTS) {
            throw InvalidInputException.of("limit", "Ask for 1 to " + StaffDirectory.MAX_RESULTS + " people.");
        }
        return staff.active(checked.roles(), search, limit).stream().map(Assignee::of).toList();
    }

    /**
     * Gives the lead this coordinator or clinician, or clears the field when {@code username} is blank.
     * With {@code expectedVersion}, only if the lead is still at that version (otherwise a
     * {@link ConflictException}). Assigning whoever already holds the field changes nothing.
     */
    @PreAuthorize(LeadPermissions.ASSIGN)
    public LeadAssignees assign(String key, AssignmentField field, String username, Long expectedVersion) {
        AssignmentField checked = required(field);
        String to = blank(username) ? null : assignable(checked, username).username();
        return change(key, checked, to, expectedVersion);
    }

    /** "Assign to me": the signed-in user takes the lead in a field their role fits. */
    @PreAuthorize(LeadPermissions.ASSIGN_SELF)
    public LeadAssignees assignToMe(String key, AssignmentField field, Long expectedVersion) {
        AssignmentField checked = required(field);
        if (!permissions.mayAssignSelf(checked)) {
            throw InvalidInputException.of("field", "Only " + rolesText(checked) + " can be a lead's "
                    + checked.label().toLowerCase(Locale.ROOT) + ".");
        }
        String me = currentUser.username().orElseThrow();
        return change(key, checked, assignable(checked, me).username(), expectedVersion);
    }

    /**
     * What giving all these leads the person (or clearing the field, {@code username} blank) would
     * change, lead by lead, changing nothing: for the confirmation that names how many leads go from
     * whom to whom. Each lead is read as any read of it.
     */
    @PreAuthorize(LeadPermissions.ASSIGN_MANY)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public BulkAssignment previewMany(List<String> keys, AssignmentField field, String username) {
        return many(keys, field, username, false);
    }

    /**
     * Gives all these leads the person (or clears the field), each lead on its own: a lead that cannot be
     * changed (unknown, merged, changed meanwhile) is reported with the reason and the others go on.
     * The person is checked first; if they cannot be assigned, nothing changes.
     */
    @PreAuthorize(LeadPermissions.ASSIGN_MANY)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public BulkAssignment assignMany(List<String> keys, AssignmentField field, String username) {
        return many(keys, field, username, true);
    }

    private BulkAssignment many(List<String> keys, AssignmentField field, String username, boolean apply) {
        AssignmentField checked = required(field);
        List<String> distinct = distinctKeys(keys);
        Assignee to = blank(username) ? null : Assignee.of(assignable(checked, username));
        String target = to == null ? null : to.username();
        List<Line> lines = new ArrayList<>();
        for (String key : distinct) {
            lines.add(oneOfMany(key, checked, target, apply));
        }
        Map<String, Assignee> names = names(lines.stream().map(l -> l.from() == null ? null : l.from().username()));
        List<Line> named = lines.stream().map(l -> l.from() == null ? l
                : new Line(l.key(), names.get(l.from().username()), l.outcome(), l.reason())).toList();
        return new BulkAssignment(checked, to, named, apply);
    }

    private Line oneOfMany(String key, AssignmentField field, String to, boolean apply) {
        try {
            return eachLead.execute(status -> {
                Loaded loaded = loadForChange(key);
                String from = loaded.lead().assignee(field);
                Assignee before = from == null ? null : Assignee.unknown(from);
                String refusal = refusal(loaded.lead());
                if (refusal != null) {
                    return new Line(loaded.item().key(), before, Outcome.REFUSED, refusal);
                }
                if (Objects.equals(from, to)) {
                    return new Line(loaded.item().key(), before, Outcome.UNCHANGED, null);
                }
                if (apply) {
                    write(loaded, field, to);
                }
                return new Line(loaded.item().key(), before, Outcome.CHANGED, null);
            });
        } catch (NotFoundException | ConflictException | InvalidInputException | ForbiddenException e) {
            return new Line(key, null, Outcome.REFUSED, e.getMessage());
        } catch (OptimisticLockingFailureException e) {
            return new Line(key, null, Outcome.REFUSED, stale(key).getMessage());
        }
    }

    private LeadAssignees change(String key, AssignmentField field, String to, Long expectedVersion) {
        Loaded loaded = loadForChange(key);
        Lead lead = loaded.lead();
        String refusal = refusal(lead);
        if (refusal != null) {
            throw InvalidInputException.of("", refusal);
        }
        if (expectedVersion != null && lead.getVersion() != expectedVersion) {
            throw stale(loaded.item().key());
        }
        if (!Objects.equals(lead.assignee(field), to)) {
            try {
                write(loaded, field, to);
            } catch (OptimisticLockingFailureException e) {
                throw stale(loaded.item().key());
            }
        }
        return assignees(lead);
    }

    /** Saves the lead's new assignee, then the engine's user field (the changelog), the audit line and the event. */
    private void write(Loaded loaded, AssignmentField field, String to) {
        Lead lead = loaded.lead();
        String from = lead.assignee(field);
        lead.assign(field, to, clock.instant().truncatedTo(ChronoUnit.MICROS));
        leads.saveAndFlush(lead);
        writer.reassigned(loaded.item().key(), field, from, to);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("field", field.userField());
        if (from != null) {
            details.put("from", from);
        }
        if (to != null) {
            details.put("to", to);
        }
        audit.record(new AuditRecord("LEAD_ASSIGNED", null, "LEAD", loaded.item().key(), AuditOutcome.SUCCESS, null,
                details));
    }

    /** Why the lead takes no assignment, or {@code null}: a merged duplicate is worked on as its survivor. */
    private static String refusal(Lead lead) {
        return lead.getMergedInto() == null ? null
                : "This lead was merged into " + lead.getMergedInto() + "; assign " + lead.getMergedInto() + " instead.";
    }

    /** The person, if they may hold the field: an active account with a fitting role. */
    private StaffMember assignable(AssignmentField field, String username) {
        StaffMember member = staff.find(username).orElseThrow(() -> InvalidInputException.of("username",
                "There is no user \u201C" + username.strip() + "\u201D; choose someone from the list."));
        if (!member.active()) {
            throw InvalidInputException.of("username", member.displayName()
                    + "\u2019s account is deactivated; choose someone whose account is active.");
        }
        if (!member.hasAnyRole(field.roles())) {
            throw InvalidInputException.of("username", member.displayName() + " is not " + rolesText(field)
                    + ", so cannot be a lead's " + field.label().toLowerCase(Locale.ROOT) + ".");
        }
        return member;
    }

    private static String rolesText(AssignmentField field) {
        List<String> names = field.roles().stream().sorted().map(r -> article(r) + " " + r.label().toLowerCase(Locale.ROOT))
                .toList();
        return String.join(" or ", names);
    }

    private static String article(Role role) {
        return "AEIOU".indexOf(role.label().charAt(0)) >= 0 ? "an" : "a";
    }

    private static AssignmentField required(AssignmentField field) {
        if (field == null) {
            throw InvalidInputException.of("field", "Choose coordinator or clinician.");
        }
        return field;
    }

    private static List<String> distinctKeys(List<String> keys) {
        Set<String> distinct = new LinkedHashSet<>();
        if (keys != null) {
            keys.stream().filter(k -> !blank(k)).map(k -> k.strip().toUpperCase(Locale.ROOT)).forEach(distinct::add);
        }
        if (distinct.isEmpty() || distinct.size() > MAX_BULK) {
            throw InvalidInputException.of("keys", "Choose 1 to " + MAX_BULK + " leads.");
        }
        return List.copyOf(distinct);
    }

    private LeadAssignees assignees(Lead lead) {
        return assignees(lead.getItemKey(), lead.getCoordinator(), lead.getClinician(), lead.getVersion());
    }

    private LeadAssignees assignees(String key, String coordinator, String clinician, long version) {
        Map<String, Assignee> names = names(Stream.of(coordinator, clinician));
        return new LeadAssignees(key, names.get(coordinator), names.get(clinician), version);
    }

    /** The people behind these user names; a name no account has is shown as it is. */
    private Map<String, Assignee> names(Stream<String> usernames) {
        List<String> wanted = usernames.filter(Objects::nonNull).distinct().toList();
        Map<String, StaffMember> found = staff.find(wanted);
        Map<String, Assignee> names = new LinkedHashMap<>();
        wanted.forEach(u -> names.put(u, found.containsKey(u) ? Assignee.of(found.get(u)) : Assignee.unknown(u)));
        return names;
    }

    /** The engine's get applies the one read rule, answering and auditing a refusal as an unknown key. */
    private Loaded load(String key) {
        return load(key, false);
    }

    /** As {@link #load}, and refused when the user reads the lead only by emergency access, which is read-only. */
    private Loaded loadForChange(String key) {
        return load(key, true);
    }

    private Loaded load(String key, boolean forChange) {
        if (blank(key)) {
            throw new NotFoundException("There is no lead with an empty key.");
        }
        WorkItemView item = forChange ? workflow.getForChange(key.strip()) : workflow.get(key.strip());
        Lead lead = leads.findById(item.id()).orElseThrow(() -> new NotFoundException("There is no lead " + key + "."));
        return new Loaded(item, lead);
    }

    private static ConflictException stale(String key) {
        return new ConflictException(key + " was changed by someone else meanwhile; reload it and try again.");
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private record Loaded(WorkItemView item, Lead lead) {
    }
}
