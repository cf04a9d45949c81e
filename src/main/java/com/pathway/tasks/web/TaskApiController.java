package com.pathway.tasks.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.pathway.shared.InvalidInputException;
import com.pathway.shared.NotFoundException;
import com.pathway.tasks.CallOutcome;
import com.pathway.tasks.Completed;
import com.pathway.tasks.DueFilter;
import com.pathway.tasks.NewTask;
import com.pathway.tasks.TaskCompletion;
import com.pathway.tasks.TaskEdit;
import com.pathway.tasks.TaskService;
import com.pathway.tasks.TaskState;
import com.pathway.tasks.TaskType;
import com.pathway.tasks.TaskView;

/**
 * Tasks over REST, with the rules of {@link TaskService}: a lead's tasks (a lead one may not read is
 * 404, as everywhere), creating one, changing or closing one ({@code PATCH} with the task's
 * {@code version}: 409 when someone else changed it first), and one's open tasks by due time.
 */
@RestController
@RequestMapping("/api/v1")
public class TaskApiController {

    private final TaskService tasks;
    private final JsonMapper json;

    public TaskApiController(TaskService tasks, JsonMapper json) {
        this.tasks = tasks;
        this.json = json;
    }

    /** A page of tasks with the total the database counted. */
    public record PageBody(List<TaskView> items, long total, int page, int size) {
    }

    /**
     * A change to a task. Fields left out stay; {@code state} {@code DONE} completes it (a call with an
     * {@code outcome}, and a {@code nextAttemptAt} schedules the next attempt), {@code CANCELLED} cancels it.
     */
    public record TaskPatch(Long version, String title, TaskType type, Instant dueAt, String assignee,
            Boolean unassign, TaskState state, CallOutcome outcome, Instant nextAttemptAt) {
    }

    /** The answer to a change: the task, and the next attempt a completion scheduled (or null). */
    public record TaskChange(TaskView task, TaskView nextAttempt) {
    }

    @GetMapping("/leads/{key}/tasks")
    public List<TaskView> forLead(@PathVariable String key) {
        return tasks.forLead(key);
    }

    @PostMapping("/leads/{key}/tasks")
    public ResponseEntity<TaskView> create(@PathVariable String key, @RequestBody JsonNode body) {
        NewTask task = read(body, NewTask.class);
        TaskView created = tasks.create(key, task);
        return ResponseEntity.created(URI.create("/api/v1/leads/" + created.leadKey() + "/tasks/" + created.id()))
                .body(created);
    }

    @PatchMapping("/leads/{key}/tasks/{id}")
    public TaskChange change(@PathVariable String key, @PathVariable long id, @RequestBody JsonNode body) {
        TaskView task = tasks.get(id); // the lead's read rule first: an unreadable lead's task is unknown
        if (!task.leadKey().equalsIgnoreCase(key.strip())) {
            throw new NotFoundException("There is no task " + id + " on " + key + ".");
        }
        TaskPatch patch = read(body, TaskPatch.class);
        if (patch.version() == null) {
            throw InvalidInputException.of("version", "Send the task's version, so that no one else's change is overwritten.");
        }
        long version = patch.version();
        boolean edits = patch.title() != null || patch.type() != null || patch.dueAt() != null
                || patch.assignee() != null || Boolean.TRUE.equals(patch.unassign());
        if (edits) {
            task = tasks.update(id, new TaskEdit(version, patch.title(), patch.type(), patch.dueAt(), patch.assignee(),
                    Boolean.TRUE.equals(patch.unassign())));
            version = task.version();
        }
        if (patch.state() == null || patch.state() == TaskState.OPEN) {
            if (patch.outcome() != null || patch.nextAttemptAt() != null) {
                throw InvalidInputException.of("state", "An outcome or next attempt goes with \"state\": \"DONE\".");
            }
            return new TaskChange(edits ? task : tasks.get(id), null);
        }
        if (patch.state() == TaskState.CANCELLED) {
            return new TaskChange(tasks.cancel(id, version), null);
        }
        Completed done = tasks.complete(id, new TaskCompletion(version, patch.outcome(), patch.nextAttemptAt()));
        return new TaskChange(done.done(), done.next());
    }

    /**
     * Open tasks by due time: one's own (no {@code assignee}); managers anyone's, or everyone's with
     * {@code assignee=*}. {@code due}: overdue, today, upcoming or all (default).
     */
    @GetMapping("/tasks")
    public PageBody list(@RequestParam(required = false) String assignee,
            @RequestParam(required = false) String due, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        DueFilter filter = due(due);
        Page<TaskView> result = tasks.search(assignee, filter, PageRequest.of(page, size));
        return new PageBody(result.getContent(), result.getTotalElements(), result.getNumber(), result.getSize());
    }

    private static DueFilter due(String due) {
        if (due == null || due.isBlank()) {
            return DueFilter.ALL;
        }
        try {
            return DueFilter.valueOf(due.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("due", "Use overdue, today, upcoming or all.");
        }
    }

    private <T> T read(JsonNode body, Class<T> type) {
        if (body == null || !body.isObject()) {
            throw InvalidInputException.of("", "Send the task as a JSON object.");
        }
        try {
            return json.treeToValue(body, type);
        } catch (DatabindException e) {
            String field = e.getPath().stream().map(r -> r.getPropertyName() == null ? "" : r.getPropertyName())
                    .filter(name -> !name.isEmpty()).collect(Collectors.joining("."));
            throw InvalidInputException.of(field, "This value has the wrong type or is not one of the choices.");
        }
    }
}
