package com.pathway.clinic.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

public interface EmergencyAccessRepository extends Repository<EmergencyAccess, Long> {

    EmergencyAccess save(EmergencyAccess access);

    /** The user's emergency accesses that are open at {@code now}. */
    @Query("select a from EmergencyAccess a where a.username = :username and a.expiresAt > :now and a.grantedAt <= :now")
    List<EmergencyAccess> findActive(@Param("username") String username, @Param("now") Instant now);
}
