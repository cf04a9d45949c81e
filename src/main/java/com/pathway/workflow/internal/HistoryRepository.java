package com.pathway.workflow.internal;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/** Insert and read only. */
public interface HistoryRepository extends Repository<HistoryRow, Long> {

    HistoryRow save(HistoryRow row);

    Page<HistoryRow> findByItemIdOrderByIdAsc(long itemId, Pageable pageable);

    /** History of an item in the order of the page's sort. */
    Page<HistoryRow> findByItemId(long itemId, Pageable pageable);

    long countByItemId(long itemId);
}
