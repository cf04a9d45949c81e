package com.pathway.security.internal;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    @Query("""
            select u from UserAccount u
            where :filter = '' or lower(u.username) like :filter or lower(u.displayName) like :filter
               or lower(u.email) like :filter
            """)
    Page<UserAccount> search(@Param("filter") String likeFilter, Pageable pageable);
}
