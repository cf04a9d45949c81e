package com.pathway.security.internal;

import java.util.List;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

public interface RecoveryCodeRepository extends Repository<RecoveryCode, Long> {

    RecoveryCode save(RecoveryCode code);

    @Query("select c from RecoveryCode c where c.userId = :userId and c.usedAt is null")
    List<RecoveryCode> findUnused(@Param("userId") long userId);

    @Modifying
    @Query("delete from RecoveryCode c where c.userId = :userId")
    void deleteByUserId(@Param("userId") long userId);
}
