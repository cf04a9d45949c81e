package com.pathway.clinic;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.pathway.clinic.internal.SavedLeadView;
import com.pathway.clinic.internal.SavedLeadViewRepository;
import com.pathway.security.Access;
import com.pathway.security.CurrentUser;
import com.pathway.shared.ConflictException;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.NotFoundException;
import com.pathway.shared.Validation;

/**
 * Each user's saved views of the lead list: a name (1 to 60 characters, unique per user regardless of
 * case) for the list's filters and sort. A user sees and changes only their own views; another
 * user's view is answered as not found.
 */
@Service
@Transactional
@PreAuthorize(Access.INTAKE_COORDINATOR_OR_CLINICIAN_OR_MANAGER)
public class SavedViewService {

    public static final int MAX_NAME = 60;
    public static final int MAX_VIEWS = 50;
    public static final int MAX_QUERY = 2000;

    private final SavedLeadViewRepository views;
    private final CurrentUser currentUser;
    private final Clock clock;

    public SavedViewService(SavedLeadViewRepository views, CurrentUser currentUser, Clock clock) {
        this.views = views;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** My views, by name. */
    @Transactional(readOnly = true)
    public List<SavedView> mine() {
        return views.findByOwnerOrderByNameLowerAsc(me()).stream().map(SavedViewService::view).toList();
    }

    @Transactional(readOnly = true)
    public SavedView get(long id) {
        return view(load(id));
    }

    /** Saves the list's current filters and sort ({@code query}) under a new name. */
    public SavedView save(String name, String query) {
        String owner = me();
        String clean = name == null ? "" : name.strip();
        Validation v = new Validation();
        checkName(v, owner, clean);
        v.check(query != null && query.length() <= MAX_QUERY, "query",
                "These filters are too long to save (at most " + MAX_QUERY + " characters).");
        v.check(views.countByOwner(owner) < MAX_VIEWS, "name",
                "You have " + MAX_VIEWS + " saved views, the most allowed; delete one first.");
        v.throwIfInvalid();
        return view(store(new SavedLeadView(owner, clean, query, clock.instant().truncatedTo(ChronoUnit.MICROS))));
    }

    /** Renames one of my views, if it is still at {@code expectedVersion}. */
    public SavedView rename(long id, String name, long expectedVersion) {
        SavedLeadView saved = load(id);
        if (saved.getVersion() != expectedVersion) {
            throw new ConflictException("This view was changed meanwhile (in another window?); reload and try again.");
        }
        String clean = name == null ? "" : name.strip();
        if (clean.equals(saved.getName())) {
            return view(saved);
        }
        Validation v = new Validation();
        if (!clean.equalsIgnoreCase(saved.getName())) {
            checkName(v, saved.getOwner(), clean);
        } else {
            checkLength(v, clean);
        }
        v.throwIfInvalid();
        saved.rename(clean, clock.instant().truncatedTo(ChronoUnit.MICROS));
        return view(store(saved));
    }

    public void delete(long id) {
        views.delete(load(id));
    }

    private void checkName(Validation v, String owner, String name) {
        checkLength(v, name);
        v.check(v.hasErrors("name") || !views.existsByOwnerAndNameLower(owner, name.toLowerCase(Locale.ROOT)),
                "name", "You already have a view named \"" + name + "\"; choose another name.");
    }

    private static void checkLength(Validation v, String name) {
        v.check(!name.isEmpty() && name.length() <= MAX_NAME, "name",
                "Name the view with 1 to " + MAX_NAME + " characters.");
    }

    private SavedLeadView store(SavedLeadView view) {
        try {
            return views.saveAndFlush(view);
        } catch (DataIntegrityViolationException e) {
            // Two saves of the same name at once: the unique constraint decides.
            throw InvalidInputException.of("name", "You already have a view named \"" + view.getName() + "\".");
        } catch (OptimisticLockingFailureException e) {
            throw new ConflictException("This view was changed meanwhile; reload and try again.");
        }
    }

    private SavedLeadView load(long id) {
        return views.findByIdAndOwner(id, me()).orElseThrow(() -> new NotFoundException("There is no such saved view."));
    }

    private String me() {
        return currentUser.usernameOrSystem();
    }

    private static SavedView view(SavedLeadView v) {
        return new SavedView(v.getId(), v.getName(), v.getQuery(), v.getVersion());
    }
}
