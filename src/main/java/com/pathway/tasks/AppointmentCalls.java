package com.pathway.tasks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.pathway.tasks.internal.Task;
import com.pathway.tasks.internal.TaskRepository;
import com.pathway.tasks.internal.TaskWriter;

/**
 * The calls that confirm a lead's appointment ({@code tasks-confirmation-call}) follow the appointment: when
 * it moves, each open one is due again on the working day before the new time; when it is cancelled, they
 * are cancelled. Called by the clinic in the transaction that changes the appointment; each change is in the
 * task's history.
 */
@Component
@Transactional
public class AppointmentCalls {

    /** The origin of the calls that confirm an appointment (the post-function's id). */
    public static final String ORIGIN = "tasks-confirmation-call";

    private final TaskRepository tasks;
    private final TaskWriter writer;
    private final ServiceLevels levels;

    public AppointmentCalls(TaskRepository tasks, TaskWriter writer, ServiceLevels levels) {
        this.tasks = tasks;
        this.writer = writer;
        this.levels = levels;
    }

    /** When a call confirming an appointment at {@code appointment} is due: opening time of the working day before (the next working day when that has passed). */
    public static Instant dueFor(BusinessHours hours, Instant appointment, Instant now) {
        LocalDate today = now.atZone(hours.zone()).toLocalDate();
        LocalDate day = hours.previousWorkingDay(appointment.atZone(hours.zone()).toLocalDate());
        return hours.openingOf(day.isBefore(today) ? hours.workingDayFrom(today.plusDays(1)) : day);
    }

    /** The lead's appointment moved to {@code startsAt}: its open confirmation calls are due again; returns how many moved. */
    public int moved(String itemKey, Instant startsAt, String actor) {
        Instant now = writer.now();
        Instant due = dueFor(levels.hours(), startsAt, now);
        int moved = 0;
        for (Task task : open(itemKey)) {
            if (!task.getDueAt().equals(due)) {
                Instant before = task.getDueAt();
                task.edit(task.getTitle(), task.getType(), due);
                tasks.save(task);
                writer.record(task, "moved", "The appointment moved: due " + writer.time(due) + " (was "
                        + writer.time(before) + ").", actor, now);
                moved++;
            }
        }
        return moved;
    }

    /** The lead's appointment was cancelled: its open confirmation calls are cancelled; returns how many. */
    public int withdrawn(String itemKey, String actor) {
        Instant now = writer.now();
        List<Task> open = open(itemKey);
        for (Task task : open) {
            task.cancel(actor, now);
            tasks.save(task);
            writer.record(task, "cancelled", "The appointment was cancelled.", actor, now);
        }
        return open.size();
    }

    private List<Task> open(String itemKey) {
        return tasks.openOfKeys(List.of(itemKey), TaskState.OPEN).stream()
                .filter(t -> ORIGIN.equals(t.getOrigin())).toList();
    }
}
