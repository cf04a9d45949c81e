package com.pathway.workflow.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface ItemUserFieldRepository extends Repository<ItemUserField, Long> {

    ItemUserField save(ItemUserField field);

    void delete(ItemUserField field);

    Optional<ItemUserField> findByItemIdAndField(long itemId, String field);

    List<ItemUserField> findByItemIdOrderByFieldAsc(long itemId);
}
