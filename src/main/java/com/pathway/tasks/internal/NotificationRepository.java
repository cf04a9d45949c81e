package com.pathway.tasks.internal;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

    List<Notification> findByRecipientAndReadAtIsNullOrderByCreatedAtDesc(String recipient, Pageable pageable);

    long countByRecipientAndReadAtIsNull(String recipient);
}
