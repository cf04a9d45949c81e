package com.pathway.workflow.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.pathway.security.CurrentUser;
import com.pathway.shared.ConflictException;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.NotFoundException;
import com.pathway.workflow.DefinitionState;
import com.pathway.workflow.DefinitionSummary;
import com.pathway.workflow.ItemTransitioned;
import com.pathway.workflow.StatusCategory;
import com.pathway.workflow.WorkflowAuditEvent;
import com.pathway.workflow.WorkflowDefinition;
import com.pathway.workflow.WorkflowPublished;
import com.pathway.workflow.WorkflowDefinition.Status;

/**
 * Imports definitions as drafts and publishes them. Publishing moves every item of the workflow to
 * the new version; items in a status the new version no longer has are moved to the status the
 * mapping names, with a history row each. Nothing is left on an older version.
 */
@Component
@Transactional
public class DefinitionAdmin {

    private final StoredDefinitionRepository definitions;
    private final DefinitionChecker checker;
    private final DefinitionCache cache;
    private final WorkItemRepository items;
    private final NamedParameterJdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ProjectRepository projects;
    private final ApplicationEventPublisher events;
    private final DefinitionStore store;

    public DefinitionAdmin(StoredDefinitionRepository definitions, DefinitionChecker checker, DefinitionCache cache,
            WorkItemRepository items, NamedParameterJdbcTemplate jdbc, CurrentUser currentUser,
            Clock clock, ProjectRepository projects, ApplicationEventPublisher events, DefinitionStore store) {
        this.store = store;
        this.definitions = definitions;
        this.checker = checker;
        this.cache = cache;
        this.items = items;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
        this.projects = projects;
        this.events = events;
    }

    /** Checks a definition and stores it as the next draft version of its workflow. */
    public DefinitionSummary importYaml(String yaml) {
        WorkflowDefinition definition = DefinitionYaml.parse(yaml);
        checker.requireSound(definition);
        String name = definition.name().strip();
        String actor = currentUser.usernameOrSystem();
        StoredDefinition stored;
        try {
            stored = definitions.saveAndFlush(new StoredDefinition(name, definitions.maxVersion(name) + 1, yaml,
                    now(), actor));
        } catch (DataIntegrityViolationException e) {
            throw new ConflictException("Someone else imported a version of " + name + " at the same time; try again.");
        }
        events.publishEvent(WorkflowAuditEvent.success("WORKFLOW_IMPORTED", actor, "WORKFLOW",
                name + " v" + stored.getVersion(), Map.of()));
        return summary(stored);
    }

    @Transactional(readOnly = true)
    public List<DefinitionSummary> list() {
        return definitions.findAllByOrderByNameAscVersionDesc().stream().map(DefinitionAdmin::summary).toList();
    }

    @Transactional(readOnly = true)
    public String export(String name, int version) {
        return load(name, version).getSource();
    }

    /**
     * Publishes a draft. {@code mapping} names, for each status of the current version that this
     * version removes and that holds items, the status those items move to.
     */
    public DefinitionSummary publish(String name, int version, Map<String, String> mapping) {
        StoredDefinition target = load(name, version);
        if (target.getState() != DefinitionState.DRAFT) {
            throw new ConflictException(name + " version " + version + " is " + target.getState().name().toLowerCase(Locale.ROOT)
                    + "; only a draft can be published.");
        }
        WorkflowDefinition next = DefinitionYaml.parse(target.getSource());
        checker.requireSound(next);
        List<StoredDefinition> older = new ArrayList<>(definitions.findByNameAndState(name, DefinitionState.PUBLISHED));
        List<Long> olderIds = older.stream().map(StoredDefinition::getId).toList();
        Map<String, String> moves = olderIds.isEmpty() ? Map.of() : checkMapping(next, olderIds, mapping);
        String actor = currentUser.usernameOrSystem();
        Instant now = now();
        int migrated = 0;
        if (!olderIds.isEmpty()) {
            for (Map.Entry<String, String> move : moves.entrySet()) {
                migrated += migrate(olderIds, move.getKey(), next.status(move.getValue()).orElseThrow(), actor, now);
            }
            for (Status status : next.statuses()) {
                repoint(olderIds, target.getId(), status);
            }
            Long left = jdbc.queryForObject("select count(*) from wf_item where definition_id in (:old)",
                    new MapSqlParameterSource("old", olderIds), Long.class);
            if (left != null && left > 0) {
                throw new ConflictException("Items moved to a removed status while publishing; try again.");
            }
            older.forEach(StoredDefinition::retire);
        }
        target.publish(now, actor);
        // Read models that plugins keep of their items' statuses follow in this transaction.
        events.publishEvent(new WorkflowPublished(name, version, projects.findByWorkflowName(name).stream()
                .map(Project::getKey).collect(java.util.stream.Collectors.toSet()), next, moves.entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(e -> e.getKey().toLowerCase(Locale.ROOT), e -> next
                        .status(e.getValue()).orElseThrow().name())), actor, now));
        forgetPublishedAfterCommit(name);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("migratedItems", migrated);
        if (!moves.isEmpty()) {
            details.put("mapping", moves.toString());
        }
        events.publishEvent(WorkflowAuditEvent.success("WORKFLOW_PUBLISHED", actor, "WORKFLOW", name + " v" + version,
                details));
        return summary(target);
    }

    /** Readers see the new version as soon as it is committed (and not before, should this roll back). */
    private void forgetPublishedAfterCommit(String name) {
        store.forgetPublished(name);
        if (org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()) {
            org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                    new org.springframework.transaction.support.TransactionSynchronization() {
                        @Override
                        public void afterCompletion(int status) {
                            store.forgetPublished(name);
                        }
                    });
        }
    }

    /** Every removed status that holds items needs a target in the new version; reports all gaps. */
    private Map<String, String> checkMapping(WorkflowDefinition next, List<Long> olderIds, Map<String, String> mapping) {
        Map<String, String> given = mapping == null ? Map.of() : mapping;
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, String> moves = new LinkedHashMap<>();
        for (Object[] row : items.countByStatus(olderIds)) {
            String status = (String) row[0];
            long count = ((Number) row[1]).longValue();
            if (next.status(status).isPresent()) {
                continue;
            }
            Optional<String> to = given.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(status))
                    .map(Map.Entry::getValue).findFirst();
            if (to.isEmpty()) {
                errors.put("mapping." + status, count + " item(s) are in " + status
                        + ", which this version removes: map it to one of its statuses.");
            } else if (next.status(to.get()).isEmpty()) {
                errors.put("mapping." + status, "\"" + to.get() + "\" is not a status of this version.");
            } else {
                moves.put(status, to.get());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return Collections.unmodifiableMap(moves);
    }

    private int migrate(List<Long> olderIds, String from, Status to, String actor, Instant now) {
        boolean done = to.statusCategory() == StatusCategory.DONE;
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("old", olderIds)
                .addValue("from", from.toLowerCase(Locale.ROOT))
                .addValue("to", to.name())
                .addValue("transition", ItemTransitioned.MIGRATION)
                .addValue("actor", actor)
                .addValue("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
        jdbc.update("insert into wf_history (item_id, transition, from_status, to_status, resolution, actor,"
                + " occurred_at, millis_in_from, comment_text, fields)"
                + " select id, :transition, status, :to, " + (done ? "resolution" : "null") + ", :actor, :now, null, null, null"
                + " from wf_item where definition_id in (:old) and lower(status) = :from", params);
        return jdbc.update("update wf_item set status = :to, status_changed_at = :now, updated_at = :now"
                + (done ? "" : ", resolution = null")
                + " where definition_id in (:old) and lower(status) = :from", params);
    }

    private void repoint(List<Long> olderIds, long newId, Status status) {
        boolean done = status.statusCategory() == StatusCategory.DONE;
        jdbc.update("update wf_item set definition_id = :new, status = :status, status_category = :category,"
                + " version = version + 1" + (done ? "" : ", resolution = null")
                + " where definition_id in (:old) and lower(status) = :match", new MapSqlParameterSource()
                        .addValue("new", newId)
                        .addValue("status", status.name())
                        .addValue("category", status.statusCategory().name())
                        .addValue("old", olderIds)
                        .addValue("match", status.name().toLowerCase(Locale.ROOT)));
    }

    private StoredDefinition load(String name, int version) {
        return definitions.findByNameAndVersion(name, version)
                .orElseThrow(() -> new NotFoundException("There is no version " + version + " of workflow " + name + "."));
    }

    static DefinitionSummary summary(StoredDefinition d) {
        return new DefinitionSummary(d.getId(), d.getName(), d.getVersion(), d.getState(), d.getCreatedAt(),
                d.getCreatedBy(), d.getPublishedAt(), d.getPublishedBy());
    }

    /** Databases keep microseconds; so does everything the engine returns. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
