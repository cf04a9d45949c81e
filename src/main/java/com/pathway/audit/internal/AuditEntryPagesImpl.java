package com.pathway.audit.internal;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;

import org.springframework.data.jpa.domain.Specification;

/** Keyset pages by id: entries written while an export runs never shift the pages it reads. */
class AuditEntryPagesImpl implements AuditEntryPages {

    private final EntityManager em;

    AuditEntryPagesImpl(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<AuditEntry> pageBefore(Specification<AuditEntry> specification, long beforeId, int size) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditEntry> query = cb.createQuery(AuditEntry.class);
        Root<AuditEntry> root = query.from(AuditEntry.class);
        var matching = specification.toPredicate(root, query, cb);
        var before = cb.lessThan(root.<Long>get("id"), beforeId);
        query.select(root).where(matching == null ? before : cb.and(matching, before))
                .orderBy(cb.desc(root.get("id")));
        List<AuditEntry> page = em.createQuery(query).setMaxResults(size).getResultList();
        page.forEach(em::detach);
        return page;
    }
}
