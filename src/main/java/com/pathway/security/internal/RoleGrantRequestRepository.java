package com.pathway.security.internal;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RoleGrantRequestRepository extends JpaRepository<RoleGrantRequest, Long> {

    List<RoleGrantRequest> findByStatusOrderByRequestedAtAscIdAsc(RoleGrantRequest.Status status, Pageable page);

    long countByStatus(RoleGrantRequest.Status status);
}
