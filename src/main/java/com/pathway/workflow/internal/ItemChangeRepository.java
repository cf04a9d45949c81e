package com.pathway.workflow.internal;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Insert and read only. */
public interface ItemChangeRepository extends Repository<ItemChangeRow, Long> {

    ItemChangeRow save(ItemChangeRow row);

    Page<ItemChangeRow> findByItemIdOrderByIdAsc(long itemId, Pageable pageable);

    /** Changes of an item in the order of the page's sort; plugin fields only when asked for. */
    @Query("select c from ItemChangeRow c where c.itemId = :itemId and (:withPluginFields = true or c.pluginField = false)")
    Page<ItemChangeRow> findChanges(long itemId, boolean withPluginFields, Pageable pageable);
}
