package com.pathway.security.internal;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import com.pathway.security.Role;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    /** The account with its roles, in one query (every API request and sign-in asks for both). */
    @EntityGraph(attributePaths = "roles")
    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    List<UserAccount> findByUsernameIn(Collection<String> usernames);

    /** Active accounts holding any of the roles whose name matches {@link #containsPattern}, by display name. */
    @Query("""
            select distinct u from UserAccount u join u.roles r
            where u.active = true and r in :roles
              and (:filter = '' or lower(u.username) like :filter escape '\\'
                   or lower(u.displayName) like :filter escape '\\')
            order by u.displayName, u.username
            """)
    List<UserAccount> activeWithAnyRole(@Param("roles") Collection<Role> roles, @Param("filter") String likeFilter,
            Pageable pageable);

    /**
     * The account, locked for update until the transaction ends: sign-in bookkeeping of the same
     * account from several requests at once then counts every attempt instead of failing on a stale
     * version.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from UserAccount u where u.username = :username")
    Optional<UserAccount> findForSignIn(@Param("username") String username);

    /** Active users holding any of the roles, by display name. */
    @Query("select distinct u from UserAccount u join u.roles r where u.active = true and r in :roles order by u.displayName")
    java.util.List<UserAccount> activeWithRoles(@Param("roles") java.util.Collection<com.pathway.security.Role> roles);

    @Query("""
            select u from UserAccount u
            where :filter = '' or lower(u.username) like :filter escape '\\'
               or lower(u.displayName) like :filter escape '\\' or lower(u.email) like :filter escape '\\'
            """)
    Page<UserAccount> search(@Param("filter") String likeFilter, Pageable pageable);

    /** Active users holding one of the roles, matching the pattern as {@link #search} does, by display name. */
    @Query("""
            select distinct u from UserAccount u join u.roles r
            where u.active = true and r in :roles
              and (:filter = '' or lower(u.username) like :filter escape '\\'
                   or lower(u.displayName) like :filter escape '\\')
            order by u.displayName, u.username
            """)
    java.util.List<UserAccount> activeWithRoles(@Param("roles") java.util.Collection<com.pathway.security.Role> roles,
            @Param("filter") String likeFilter, Pageable pageable);

    /**
     * Active users holding a role whose user name or display name matches one of the lower-case LIKE
     * patterns, by user name.
     */
    @Query("""
            select u from UserAccount u
            where u.active = true and u.roles is not empty
              and (lower(u.username) like :start escape '\\' or lower(u.displayName) like :start escape '\\'
                   or lower(u.displayName) like :word escape '\\')
            order by u.username
            """)
    java.util.List<UserAccount> findActiveStaff(@Param("start") String start, @Param("word") String word,
            Pageable pageable);

    /**
     * The {@link #search} pattern for "contains this text, ignoring case": {@code ""} for no filter,
     * with {@code %}, {@code _} and the escape character itself matched literally.
     */
    static String containsPattern(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String escaped = text.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
