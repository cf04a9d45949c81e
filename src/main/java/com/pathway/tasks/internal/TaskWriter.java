package com.pathway.tasks.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import com.pathway.security.Role;
import com.pathway.security.StaffDirectory;
import com.pathway.shared.ClinicProperties;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.Validation;
import com.pathway.tasks.NewTask;
import com.pathway.tasks.TaskCreated;

/**
 * Writes tasks and their history, for the service (after its access checks) and for the workflow's
 * post-functions and listeners (which act for the engine). Checks what every task must satisfy.
 */
@Component
public class TaskWriter {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(Locale.US);

    private final TaskRepository tasks;
    private final TaskHistoryRepository history;
    private final StaffDirectory staff;
    private final ApplicationEventPublisher events;
    private final ClinicProperties clinic;
    private final Clock clock;

    public TaskWriter(TaskRepository tasks, TaskHistoryRepository history, StaffDirectory staff,
            ApplicationEventPublisher events, ClinicProperties clinic, Clock clock) {
        this.tasks = tasks;
        this.history = history;
        this.staff = staff;
        this.events = events;
        this.clinic = clinic;
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** Checks the task's fields (every problem at once) and returns the assignee's normal spelling or null. */
    public String check(NewTask task, Validation v) {
        v.check(!Validation.isBlank(task.title()) && task.title().strip().length() <= 200, "title",
                "Enter a title of 1 to 200 characters.");
        v.check(task.type() != null, "type", "Choose a type.");
        v.check(task.dueAt() != null, "dueAt", "Enter when it is due.");
        return assignee(task.assignee(), v);
    }

    /** The assignee's user name as stored, or null when blank; an unknown or inactive user is refused. */
    public String assignee(String username, Validation v) {
        if (Validation.isBlank(username)) {
            return null;
        }
        var member = staff.active(username);
        boolean works = member.isPresent() && member.get().roles().stream()
                .anyMatch(r -> r == Role.INTAKE_COORDINATOR || r == Role.CLINICIAN || r == Role.MANAGER);
        v.check(works, "assignee", "There is no active coordinator, clinician or manager named " + username.strip() + ".");
        return member.map(m -> m.username()).orElse(null);
    }

    /** Creates the task (input already checked) with its first history line, and announces it. */
    public Task create(long itemId, String itemKey, NewTask task, String assignee, String origin, String actor) {
        Instant now = now();
        Task saved = tasks.saveAndFlush(new Task(itemId, itemKey, task.title().strip(), task.type(), task.dueAt(),
                assignee, origin, actor, now));
        record(saved, "created", saved.getType().label() + " · due " + time(saved.getDueAt())
                + (assignee == null ? " · unassigned" : " · for " + assignee), actor, now);
        events.publishEvent(new TaskCreated(saved.getId(), itemId, itemKey, saved.getType(), saved.getDueAt(),
                assignee, origin));
        return saved;
    }

    /** Creates a task for the engine or the clinic's events: checked, but never refused for lack of an assignee. */
    public Task createForSystem(long itemId, String itemKey, NewTask task, String origin, String actor) {
        Validation v = new Validation();
        String assignee = check(task, v);
        if (v.hasErrors("assignee")) {
            assignee = null; // the named person left: the task goes to the intake team
            v = new Validation();
            check(new NewTask(task.title(), task.type(), task.dueAt(), null), v);
        }
        if (!v.errors().isEmpty()) {
            throw new InvalidInputException(v.errors());
        }
        return create(itemId, itemKey, task, assignee, origin, actor);
    }

    public void record(Task task, String action, String details, String actor, Instant at) {
        history.save(new TaskHistoryRow(task.getId(), task.getItemId(), action, details, actor, at));
    }

    public String time(Instant instant) {
        return FORMAT.format(instant.atZone(clinic.timeZone()));
    }
}
