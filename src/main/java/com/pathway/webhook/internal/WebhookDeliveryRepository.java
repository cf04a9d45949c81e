package com.pathway.webhook.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import com.pathway.webhook.DeliveryStatus;

public interface WebhookDeliveryRepository extends JpaRepository<WebhookDelivery, Long> {

    @Query("""
            select d.id from WebhookDelivery d, Webhook w
            where w.id = d.webhookId and w.active = true and d.status = :status and d.nextAttemptAt <= :now
            order by d.nextAttemptAt, d.id""")
    List<Long> findDue(DeliveryStatus status, Instant now, Pageable pageable);

    Page<WebhookDelivery> findByWebhookIdOrderByCreatedAtDescIdDesc(long webhookId, Pageable pageable);

    long countByWebhookId(long webhookId);
}
