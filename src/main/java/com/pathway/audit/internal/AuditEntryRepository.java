package com.pathway.audit.internal;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import com.pathway.audit.AuditFilter;

/**
 * Insert and read only: the trail offers no update and no delete. It deliberately does not extend
 * {@code JpaSpecificationExecutor}, whose {@code update} and {@code delete} would open a way around that;
 * the two specification queries it needs are declared here instead.
 */
public interface AuditEntryRepository extends Repository<AuditEntry, Long>, AuditEntryPages {

    AuditEntry save(AuditEntry entry);

    Page<AuditEntry> findAll(Specification<AuditEntry> specification, Pageable pageable);

    long count(Specification<AuditEntry> specification);

    @Query("select distinct e.action from AuditEntry e order by e.action")
    List<String> distinctActions();

    /** User names in the trail containing {@code likeFilter} (a lower-case LIKE pattern), a few at a time. */
    @Query("select distinct e.actor from AuditEntry e where lower(e.actor) like :likeFilter escape '\\' order by e.actor")
    List<String> distinctActorsLike(@org.springframework.data.repository.query.Param("likeFilter") String likeFilter,
            org.springframework.data.domain.Limit limit);

    default Page<AuditEntry> search(AuditFilter filter, Pageable pageable) {
        return findAll(matching(filter), pageable);
    }

    default long count(AuditFilter filter) {
        return count(matching(filter));
    }

    static Specification<AuditEntry> matching(AuditFilter filter) {
        return (root, query, cb) -> {
            var predicates = new java.util.ArrayList<jakarta.persistence.criteria.Predicate>();
            if (filter.actor() != null && !filter.actor().isBlank()) {
                predicates.add(cb.equal(root.get("actor"), filter.actor().strip().toLowerCase()));
            }
            if (filter.action() != null && !filter.action().isBlank()) {
                predicates.add(cb.equal(root.get("action"), filter.action()));
            }
            if (filter.outcome() != null) {
                predicates.add(cb.equal(root.get("outcome"), filter.outcome()));
            }
            if (filter.record() != null && !filter.record().isBlank()) {
                String key = filter.record();
                String escaped = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
                var details = root.<String>get("details");
                // Keys are written by AuditDetails.withKeys as "keys":"K1,K2,K3", after every other detail
                // and followed only by the numbers part and parts; so a key is matched whole between
                // the opening quote or a comma and a comma or the closing quote (PW-1 is not PW-12).
                predicates.add(cb.or(cb.equal(root.get("entityId"), key),
                        cb.like(details, "%\"keys\":\"" + escaped + "\"%", '\\'),
                        cb.like(details, "%\"keys\":\"" + escaped + ",%", '\\'),
                        cb.like(details, "%\"keys\":\"%," + escaped + ",%", '\\'),
                        cb.like(details, "%\"keys\":\"%," + escaped + "\"%", '\\')));
            }
            if (filter.from() != null) {
                predicates.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), filter.from()));
            }
            if (filter.to() != null) {
                predicates.add(cb.lessThan(root.get("occurredAt"), filter.to()));
            }
            return cb.and(predicates.toArray(jakarta.persistence.criteria.Predicate[]::new));
        };
    }
}
