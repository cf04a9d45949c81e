package com.pathway.tasks.internal;

import java.util.List;
import java.util.Locale;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import com.pathway.tasks.NewTask;
import com.pathway.tasks.ServiceLevels;
import com.pathway.tasks.TaskState;
import com.pathway.tasks.TaskType;
import com.pathway.workflow.ItemCreated;
import com.pathway.workflow.ItemTransitioned;
import com.pathway.workflow.StatusCategory;

/**
 * A new inquiry gets a first-contact call, unassigned (the intake team's), due when the first-response
 * target ends in business hours. Which new items count is configuration
 * ({@code pathway.tasks.first-contact.*}): by item type, and by who created them (the web form).
 * The call is written in the transaction that created the lead. It, and any next attempt of it, ends with the
 * lead's first step in the workflow, in that step's transaction: done when the lead moves on (it was contacted),
 * cancelled when it is closed.
 */
@Component
class FirstContactTasks {

    private final TaskWriter writer;
    private final TaskRepository tasks;
    private final ServiceLevels levels;
    private final FirstContactProperties properties;

    FirstContactTasks(TaskWriter writer, TaskRepository tasks, ServiceLevels levels,
            FirstContactProperties properties) {
        this.writer = writer;
        this.tasks = tasks;
        this.levels = levels;
        this.properties = properties;
    }

    /**
     * In the transaction that created the item, as it is about to commit: the call commits with its lead or not
     * at all, so a crash right after the commit never leaves an inquiry without its call, and the inquiry costs
     * one commit.
     */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(ItemCreated created) {
        if (!properties.itemTypes().contains(created.type())) {
            return;
        }
        if (!properties.creators().isEmpty()
                && !properties.creators().contains(created.actor().toLowerCase(Locale.ROOT))) {
            return;
        }
        NewTask call = new NewTask(properties.title(), TaskType.CALL, levels.firstResponseDue(created.occurredAt()),
                null);
        writer.createForSystem(created.itemId(), created.key(), call, Task.FIRST_CONTACT, created.actor());
    }

    /** The lead took a step: its open first-contact calls are done (or cancelled when it was closed). */
    @EventListener
    public void on(ItemTransitioned moved) {
        if (!properties.itemTypes().contains(moved.type()) || ItemTransitioned.MIGRATION.equals(moved.transition())
                || moved.fromStatus().equalsIgnoreCase(moved.toStatus())) {
            return;
        }
        boolean closed = moved.toCategory() == StatusCategory.DONE;
        List<Task> open = tasks.openOf(List.of(moved.itemId()), TaskState.OPEN);
        for (Task task : open) {
            if (!Task.FIRST_CONTACT.equals(task.getOrigin())) {
                continue;
            }
            if (closed) {
                task.cancel(moved.actor(), moved.occurredAt());
                writer.record(task, "cancelled", "The lead was closed (" + moved.transition() + ").", moved.actor(),
                        moved.occurredAt());
            } else {
                task.complete(null, moved.actor(), moved.occurredAt());
                writer.record(task, "done", "The lead moved on to " + moved.toStatus() + " (" + moved.transition()
                        + ").", moved.actor(), moved.occurredAt());
            }
            tasks.save(task);
        }
    }
}
