package com.pathway.tasks.internal;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TaskHistoryRepository extends JpaRepository<TaskHistoryRow, Long> {

    List<TaskHistoryRow> findByItemIdOrderByOccurredAtDescIdDesc(long itemId, Pageable pageable);

    List<TaskHistoryRow> findByTaskIdOrderByOccurredAtAscIdAsc(long taskId);
}
