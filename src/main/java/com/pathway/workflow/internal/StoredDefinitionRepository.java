package com.pathway.workflow.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import com.pathway.workflow.DefinitionState;

public interface StoredDefinitionRepository extends JpaRepository<StoredDefinition, Long> {

    Optional<StoredDefinition> findByNameAndVersion(String name, int version);

    Optional<StoredDefinition> findFirstByNameAndState(String name, DefinitionState state);

    /** The id of {@code name}'s version in {@code state}, without loading its source. */
    @Query("select d.id from StoredDefinition d where d.name = :name and d.state = :state order by d.version desc "
            + "limit 1")
    Optional<Long> idByNameAndState(String name, DefinitionState state);

    @Query("select coalesce(max(d.version), 0) from StoredDefinition d where d.name = :name")
    int maxVersion(String name);

    List<StoredDefinition> findAllByOrderByNameAscVersionDesc();

    List<StoredDefinition> findByNameAndState(String name, DefinitionState state);
}
