package com.pathway.workflow.internal;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/** Insert and read only. */
public interface ItemChangeRepository extends Repository<ItemChangeRow, Long> {

    ItemChangeRow save(ItemChangeRow row);

    Page<ItemChangeRow> findByItemIdOrderByIdAsc(long itemId, Pageable pageable);
}
