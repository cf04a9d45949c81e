package com.pathway.workflow.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

import com.pathway.security.CurrentUser;
import com.pathway.shared.NotFoundException;
import com.pathway.workflow.ItemAccess;
import com.pathway.workflow.ReadScope;
import com.pathway.workflow.WorkflowAuditEvent;
import com.pathway.workflow.WorkflowDefinition;

/**
 * Applies the plugins' {@link ItemAccess} rules: to one item (allowed reads are audited as reads,
 * refused ones as denied reads and answered as an unknown key) and, as a query condition, to lists
 * and counts. Types no rule names are readable by every signed-in user.
 */
@Component
class ReadAccess {

    private final List<ItemAccess> rules;
    private final ItemUserFieldRepository userFields;
    private final DefinitionStore definitions;
    private final ApplicationEventPublisher events;
    private final DeniedReads denials;
    private final CurrentUser currentUser;
    private final EntityManager entityManager;

    ReadAccess(List<ItemAccess> rules, ItemUserFieldRepository userFields, DefinitionStore definitions,
            ApplicationEventPublisher events, DeniedReads denials, CurrentUser currentUser,
            EntityManager entityManager) {
        this.rules = rules;
        this.userFields = userFields;
        this.definitions = definitions;
        this.events = events;
        this.denials = denials;
        this.currentUser = currentUser;
        this.entityManager = entityManager;
    }

    /** An item as a list names it: its id, type and key. */
    record ItemRef(long id, String type, String key) {
    }

    /**
     * Those of these items the current user may read ({@link #readableItems()}, one query), as id, type and
     * key only: a list that merely checks its rows against the rule loads no item into the persistence context.
     */
    List<ItemRef> readableAmong(java.util.Collection<Long> itemIds) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<WorkItem> root = query.from(WorkItem.class);
        Predicate among = root.get("id").in(itemIds);
        Predicate readable = readableItems().toPredicate(root, query, cb);
        query.multiselect(root.get("id"), root.get("type"), root.get("key"))
                .where(readable == null ? among : cb.and(among, readable));
        return entityManager.createQuery(query).getResultList().stream()
                .map(t -> new ItemRef(t.get(0, Long.class), t.get(1, String.class), t.get(2, String.class))).toList();
    }

    /** Whether the current user reads every item of every type (no type's rule narrows what they see). */
    boolean readsEverything() {
        return rules.stream().allMatch(r -> r.scope().all());
    }

    Optional<ItemAccess> rule(String itemType) {
        return rules.stream().filter(r -> r.itemTypes().contains(itemType)).findFirst();
    }

    /** Whether the current user may read the item, by its type's rule. */
    boolean mayRead(WorkItem item) {
        return rule(item.getType()).map(r -> allows(r.scope(), item)).orElse(true);
    }

    /**
     * Whether the current user reads the item only through a grant outside its type's rule (emergency
     * access): such a grant lets them read it, never change it.
     */
    boolean readOnlyByGrant(WorkItem item) {
        return rule(item.getType()).map(r -> {
            ReadScope scope = r.scope();
            return scope.grantReason(item.getKey()) != null && !allows(scope.withoutGrants(), item);
        }).orElse(false);
    }

    private boolean allows(ReadScope scope, WorkItem item) {
        if (scope.all() || scope.isNothing()) {
            return scope.all();
        }
        if (scope.grantReason(item.getKey()) != null) {
            return true;
        }
        WorkflowDefinition d = definitions.byId(item.getDefinitionId()).definition();
        Optional<WorkflowDefinition.Status> status = d.status(item.getStatus());
        return scope.allows(flag -> status.map(s -> s.flag(flag)).orElse(false),
                field -> userFields.findByItemIdAndField(item.getId(), field).map(ItemUserField::getUsername)
                        .orElse(null),
                me());
    }

    /**
     * The item, when the current user may read it; otherwise the denial is audited (in a transaction
     * of its own, since the caller's rolls back) and the answer is the one an unknown key gets.
     */
    WorkItem readable(WorkItem item, String requestedKey, String purpose) {
        Optional<ItemAccess> rule = rule(item.getType());
        if (rule.isEmpty() || allows(rule.get().scope(), item)) {
            return item;
        }
        denials.record(WorkflowAuditEvent.denied(rule.get().readAction(), rule.get().auditTarget(), item.getKey(),
                Map.of("part", purpose)));
        throw notFound(requestedKey);
    }

    static NotFoundException notFound(String key) {
        return new NotFoundException("There is no item " + key + ".");
    }

    /** Audits that the current user read part of an item of a restricted type. */
    void wasRead(WorkItem item, String part) {
        rule(item.getType()).ifPresent(r -> {
            // A read that only a grant outside the rule allows (emergency access) carries the grant's reason.
            ReadScope scope = r.scope();
            String reason = scope.all() ? null : scope.grantReason(item.getKey());
            Map<String, Object> details = reason == null ? Map.of("part", part)
                    : Map.of("part", part, "emergencyAccess", reason);
            events.publishEvent(WorkflowAuditEvent.success(r.readAction(), null, r.auditTarget(), item.getKey(),
                    details));
        });
    }

    /** Audits a list that showed items of restricted types, with every key shown. */
    void wereListed(List<WorkItem> shown) {
        refsListed(shown.stream().map(i -> new ItemRef(i.getId(), i.getType(), i.getKey())).toList());
    }

    /** As {@link #wereListed}, for items known by reference. */
    void refsListed(List<ItemRef> shown) {
        for (ItemAccess r : rules) {
            List<String> keys = shown.stream().filter(i -> r.itemTypes().contains(i.type()))
                    .map(ItemRef::key).toList();
            if (!keys.isEmpty()) {
                events.publishEvent(WorkflowAuditEvent.listed(r.listAction(), r.auditTarget(),
                        Map.of("shown", keys.size()), keys));
            }
        }
    }

    /**
     * The condition a listed item meets when the current user may read it: its type has no rule, or
     * its type's scope holds for it (a flagged status of the type's published definition, or a user
     * field naming the user).
     */
    Specification<WorkItem> readableItems() {
        if (rules.isEmpty()) {
            return (root, query, cb) -> null;
        }
        String me = me();
        // Scopes and flagged statuses are looked up once, not while the query is being built.
        List<Scoped> scoped = rules.stream().map(r -> {
            ReadScope scope = r.scope();
            List<Flagged> flagged = scope.all() ? List.of() : r.itemTypes().stream()
                    .flatMap(type -> flagged(type, scope.statusFlags()).stream()).toList();
            return new Scoped(r.itemTypes(), scope, flagged);
        }).toList();
        return (root, query, cb) -> {
            List<Predicate> any = new ArrayList<>();
            Set<String> restricted = new java.util.HashSet<>();
            scoped.forEach(s -> restricted.addAll(s.types()));
            any.add(cb.not(root.get("type").in(restricted)));
            for (Scoped s : scoped) {
                if (s.scope().all()) {
                    any.add(root.get("type").in(s.types()));
                    continue;
                }
                List<Predicate> within = new ArrayList<>();
                for (Flagged f : s.flagged()) {
                    within.add(cb.and(cb.equal(root.get("type"), f.type()),
                            cb.equal(root.get("definitionId"), f.definitionId()), root.get("status").in(f.statuses())));
                }
                if (!s.scope().userFields().isEmpty() && me != null) {
                    Subquery<Long> named = query.subquery(Long.class);
                    var u = named.from(ItemUserField.class);
                    named.select(u.get("itemId")).where(cb.equal(u.get("itemId"), root.get("id")),
                            u.get("field").in(s.scope().userFields()), cb.equal(u.get("username"), me));
                    within.add(cb.and(root.get("type").in(s.types()), cb.exists(named)));
                }
                if (!s.scope().granted().isEmpty()) {
                    within.add(cb.and(root.get("type").in(s.types()), root.get("key").in(s.scope().granted().keySet())));
                }
                if (!within.isEmpty()) {
                    any.add(cb.or(within.toArray(Predicate[]::new)));
                }
            }
            return cb.or(any.toArray(Predicate[]::new));
        };
    }

    private record Scoped(Set<String> types, ReadScope scope, List<Flagged> flagged) {
    }

    private record Flagged(String type, long definitionId, Set<String> statuses) {
    }

    /** The statuses of the type's published definition that carry one of the flags, if any do. */
    private Optional<Flagged> flagged(String type, Set<String> flags) {
        if (flags.isEmpty()) {
            return Optional.empty();
        }
        return definitions.publishedForType(type).map(loaded -> {
            Set<String> statuses = new java.util.LinkedHashSet<>();
            flags.forEach(flag -> statuses.addAll(loaded.definition().statusesFlagged(flag)));
            return new Flagged(type, loaded.id(), statuses);
        }).filter(f -> !f.statuses().isEmpty());
    }

    private String me() {
        return currentUser.username().map(u -> u.toLowerCase(Locale.ROOT)).orElse(null);
    }
}
