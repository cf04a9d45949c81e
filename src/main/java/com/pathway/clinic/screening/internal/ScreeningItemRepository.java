package com.pathway.clinic.screening.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ScreeningItemRepository extends JpaRepository<ScreeningItem, Long> {

    List<ScreeningItem> findAllByOrderByPositionAscIdAsc();

    List<ScreeningItem> findByActiveTrueOrderByPositionAscIdAsc();
}
