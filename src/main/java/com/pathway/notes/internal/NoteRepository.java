package com.pathway.notes.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

import com.pathway.notes.NoteVisibility;

/**
 * Notes are written and read, never deleted: this repository has no delete. Every query takes the
 * visibilities the reader may read ({@code NotePermissions.visibleTo}), so no path forgets the rule.
 */
public interface NoteRepository extends Repository<Note, Long> {

    Note save(Note note);

    Note saveAndFlush(Note note);

    Optional<Note> findByIdAndItemKeyAndVisibilityIn(long id, String itemKey, Collection<NoteVisibility> visible);

    Optional<Note> findByIdAndItemKey(long id, String itemKey);

    /** A lead's original notes (not addenda), in the order of the pageable's sort. */
    Page<Note> findByItemKeyAndAddendumOfIsNullAndVisibilityIn(String itemKey, Collection<NoteVisibility> visible,
            Pageable pageable);

    long countByItemKeyAndAddendumOfIsNullAndVisibilityIn(String itemKey, Collection<NoteVisibility> visible);

    List<Note> findByAddendumOfInAndVisibilityInOrderByCreatedAtAscIdAsc(Collection<Long> originals,
            Collection<NoteVisibility> visible);

    List<Note> findByItemKeyAndPinnedAtIsNotNullAndVisibilityInOrderByPinnedAtDesc(String itemKey,
            Collection<NoteVisibility> visible);

    /** A lead's notes and addenda alike, for the timeline, in the order of the pageable's sort. */
    List<Note> findByItemKeyAndVisibilityIn(String itemKey, Collection<NoteVisibility> visible, Pageable pageable);
}
