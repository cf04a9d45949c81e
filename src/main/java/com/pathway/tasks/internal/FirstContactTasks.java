package com.pathway.tasks.internal;

import java.util.Locale;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import com.pathway.tasks.NewTask;
import com.pathway.tasks.ServiceLevels;
import com.pathway.tasks.TaskType;
import com.pathway.workflow.ItemCreated;

/**
 * A new inquiry gets a first-contact call, unassigned (the intake team's), due when the first-response
 * target ends in business hours. Which new items count is configuration
 * ({@code pathway.tasks.first-contact.*}): by item type, and by who created them (the web form).
 */
@Component
class FirstContactTasks {

    private final TaskWriter writer;
    private final ServiceLevels levels;
    private final FirstContactProperties properties;

    FirstContactTasks(TaskWriter writer, ServiceLevels levels, FirstContactProperties properties) {
        this.writer = writer;
        this.levels = levels;
        this.properties = properties;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
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
        writer.createForSystem(created.itemId(), created.key(), call, "first contact", created.actor());
    }
}
