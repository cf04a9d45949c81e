package com.pathway.audit.internal;

import java.util.List;

import org.springframework.data.jpa.domain.Specification;

/** Reading the trail page by page for an export, without a count query per page. */
public interface AuditEntryPages {

    /**
     * Up to {@code size} entries matching {@code specification} with an id below {@code beforeId}, newest
     * (highest id) first; detached, so an export of any length does not fill the persistence context.
     */
    List<AuditEntry> pageBefore(Specification<AuditEntry> specification, long beforeId, int size);
}
