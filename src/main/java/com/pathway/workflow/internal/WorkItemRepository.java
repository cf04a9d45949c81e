package com.pathway.workflow.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

import com.pathway.workflow.ItemFilter;

public interface WorkItemRepository extends JpaRepository<WorkItem, Long>, JpaSpecificationExecutor<WorkItem> {

    Optional<WorkItem> findByKey(String key);

    @Query("select i.status, count(i) from WorkItem i where i.definitionId in :definitionIds group by i.status")
    List<Object[]> countByStatus(List<Long> definitionIds);

    /**
     * Filters by exact values, so that the indexes on project, status and assignee serve; lists and
     * counts only what {@code readable} (the reader's scope) admits.
     */
    default Page<WorkItem> search(Long projectId, ItemFilter filter, Specification<WorkItem> readable,
            Pageable pageable) {
        Specification<WorkItem> spec = (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (projectId != null) {
                all.add(cb.equal(root.get("projectId"), projectId));
            }
            if (filter.type() != null && !filter.type().isBlank()) {
                all.add(cb.equal(root.get("type"), filter.type().strip()));
            }
            if (filter.status() != null && !filter.status().isBlank()) {
                all.add(cb.equal(root.get("status"), filter.status().strip()));
            }
            if (filter.category() != null) {
                all.add(cb.equal(root.get("category"), filter.category()));
            }
            if (filter.assignee() != null && !filter.assignee().isBlank()) {
                all.add(cb.equal(root.get("assignee"), filter.assignee().strip().toLowerCase()));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
        return findAll(spec.and(readable), pageable);
    }
}
