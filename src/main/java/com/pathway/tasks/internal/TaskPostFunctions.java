package com.pathway.tasks.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import com.pathway.tasks.AppointmentCalls;
import com.pathway.tasks.NewTask;
import com.pathway.tasks.ServiceLevels;
import com.pathway.tasks.TaskType;
import com.pathway.workflow.ItemEditor;
import com.pathway.workflow.PostFunction;
import com.pathway.workflow.RuleRef;
import com.pathway.workflow.TransitionContext;
import com.pathway.workflow.WorkflowService;

/**
 * Post-functions that create tasks, configured on a transition in the workflow YAML with their
 * parameters. They run in the transition's transaction, so the tasks exist exactly when the
 * transition happened. Due times fall on the clinic's working days at opening time.
 */
final class TaskPostFunctions {

    private static final Logger log = LoggerFactory.getLogger(TaskPostFunctions.class);
    private static final Pattern OFFSET = Pattern.compile("(\\d{1,3})\\s*([dwm])");

    private TaskPostFunctions() {
    }

    /**
     * {@code tasks-confirmation-call}: a call to confirm the appointment, due on the working day before
     * it (the date-time screen field {@code field}, default {@code appointment}); without an
     * appointment, due the next working day. Params: {@code title}, {@code field},
     * {@code assignee-field} (a user field of the item; default: whoever ran the transition).
     */
    @Component
    static class ConfirmationCall implements PostFunction {

        private final TaskWriter writer;
        private final ServiceLevels levels;
        private final ObjectProvider<WorkflowService> workflow;

        ConfirmationCall(TaskWriter writer, ServiceLevels levels, ObjectProvider<WorkflowService> workflow) {
            this.writer = writer;
            this.levels = levels;
            this.workflow = workflow;
        }

        @Override
        public String id() {
            return AppointmentCalls.ORIGIN;
        }

        @Override
        public void apply(TransitionContext context, RuleRef rule, ItemEditor item) {
            var hours = levels.hours();
            String field = Optional.ofNullable(rule.param("field")).orElse("appointment");
            Optional<Instant> appointment = instant(context.input().get(field), context);
            LocalDate today = context.now().atZone(hours.zone()).toLocalDate();
            Instant due = appointment.map(a -> AppointmentCalls.dueFor(hours, a, context.now()))
                    .orElseGet(() -> hours.openingOf(hours.workingDayFrom(today.plusDays(1))));
            String title = Optional.ofNullable(rule.param("title")).orElse("Confirm the consultation");
            NewTask task = new NewTask(title, TaskType.CALL, due,
                    assignee(context, rule, workflow.getObject()));
            writer.createForSystem(context.item().id(), context.item().key(), task, id(), context.actor());
        }
    }

    /**
     * {@code tasks-follow-up-check-ins}: one follow-up check-in per offset after the transition
     * ({@code offsets}: e.g. {@code [1w, 1m, 3m]}; {@code d} days, {@code w} weeks, {@code m} months),
     * each on a working day at opening time. Params: {@code title}, {@code offsets},
     * {@code assignee-field} (default: whoever ran the transition).
     */
    @Component
    static class FollowUpCheckIns implements PostFunction {

        private final TaskWriter writer;
        private final ServiceLevels levels;
        private final ObjectProvider<WorkflowService> workflow;

        FollowUpCheckIns(TaskWriter writer, ServiceLevels levels, ObjectProvider<WorkflowService> workflow) {
            this.writer = writer;
            this.levels = levels;
            this.workflow = workflow;
        }

        @Override
        public String id() {
            return "tasks-follow-up-check-ins";
        }

        @Override
        public void apply(TransitionContext context, RuleRef rule, ItemEditor item) {
            var hours = levels.hours();
            LocalDate from = context.now().atZone(hours.zone()).toLocalDate();
            String title = Optional.ofNullable(rule.param("title")).orElse("Follow-up check-in");
            String assignee = assignee(context, rule, workflow.getObject());
            for (String offset : rule.paramList("offsets")) {
                Period period = period(offset).orElseThrow();
                LocalDate day = hours.workingDayFrom(from.plus(period));
                NewTask task = new NewTask(title + " (" + words(offset) + ")", TaskType.FOLLOW_UP,
                        hours.openingOf(day), assignee);
                writer.createForSystem(context.item().id(), context.item().key(), task, id(), context.actor());
            }
        }

        @Override
        public List<String> checkParams(RuleRef rule) {
            List<String> problems = new ArrayList<>();
            if (rule.paramList("offsets").isEmpty()) {
                problems.add("tasks-follow-up-check-ins needs offsets, e.g. [1w, 1m, 3m].");
            }
            rule.paramList("offsets").stream().filter(o -> period(o).isEmpty()).forEach(o -> problems.add(
                    "tasks-follow-up-check-ins: \"" + o + "\" is not an offset such as 10d, 1w or 3m."));
            return problems;
        }
    }

    /** The item's user field named by {@code assignee-field}, else whoever ran the transition. */
    static String assignee(TransitionContext context, RuleRef rule, WorkflowService workflow) {
        String field = rule.param("assignee-field");
        if (field != null) {
            String named = workflow.userFields(context.item().key()).get(field);
            if (named != null && !named.isBlank()) {
                return named;
            }
        }
        return context.actor();
    }

    static Optional<Period> period(String offset) {
        Matcher m = OFFSET.matcher(offset == null ? "" : offset.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        int n = Integer.parseInt(m.group(1));
        return Optional.of(switch (m.group(2)) {
            case "d" -> Period.ofDays(n);
            case "w" -> Period.ofWeeks(n);
            default -> Period.ofMonths(n);
        });
    }

    static String words(String offset) {
        Period p = period(offset).orElseThrow();
        int n = p.getMonths() > 0 ? p.getMonths() : p.getDays() % 7 == 0 ? p.getDays() / 7 : p.getDays();
        String unit = p.getMonths() > 0 ? "month" : p.getDays() % 7 == 0 ? "week" : "day";
        return n + " " + unit + (n == 1 ? "" : "s");
    }

    /** A screen field's date-time, whatever form the screen sent it in; local times are the clinic's. */
    static Optional<Instant> instant(Object value, TransitionContext context) {
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Instant i) {
            return Optional.of(i);
        }
        if (value instanceof ZonedDateTime z) {
            return Optional.of(z.toInstant());
        }
        if (value instanceof OffsetDateTime o) {
            return Optional.of(o.toInstant());
        }
        if (value instanceof LocalDateTime l) {
            return Optional.of(l.atZone(context.zone()).toInstant());
        }
        String text = String.valueOf(value).strip();
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException notInstant) {
            try {
                return Optional.of(OffsetDateTime.parse(text).toInstant());
            } catch (DateTimeParseException notOffset) {
                try {
                    return Optional.of(LocalDateTime.parse(text).atZone(context.zone()).toInstant());
                } catch (DateTimeParseException unreadable) {
                    log.warn("Ignoring the unreadable appointment time of {}; the confirmation call is due the next"
                            + " working day", context.item().key());
                    return Optional.empty();
                }
            }
        }
    }
}
