package com.pathway.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;

import com.pathway.security.Role;

/** Queries of the security module's repositories; run on H2 and on PostgreSQL by the subclasses. */
@org.springframework.transaction.annotation.Transactional
abstract class SecurityRepositoriesContract {

    static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

    @Autowired
    UserAccountRepository users;
    @Autowired
    ApiTokenRepository tokens;
    @Autowired
    TestEntityManager em;

    UserAccount user(String username, String displayName, String email, Role... roles) {
        return users.save(new UserAccount(username, displayName, email, EnumSet.of(roles[0], roles), "{noop}x", NOW));
    }

    @Test
    void storesRolesAndFindsUsersByName() {
        user("maria", "Maria Sanchez", "maria@clinic.example", Role.CLINICIAN, Role.MANAGER);
        em.flush();
        em.clear();

        UserAccount found = users.findByUsername("maria").orElseThrow();
        assertThat(found.getRoles()).containsExactlyInAnyOrder(Role.CLINICIAN, Role.MANAGER);
        assertThat(found.getCreatedAt()).isEqualTo(NOW);
        assertThat(users.existsByUsername("maria")).isTrue();
        assertThat(users.existsByUsername("MARIA")).isFalse();
        assertThat(users.findByUsername("mari")).isEmpty();
    }

    @Test
    void userNamesAreUnique() {
        user("dup", "One", null, Role.ADMIN);
        em.flush();
        assertThatThrownBy(() -> {
            user("dup", "Two", null, Role.ADMIN);
            em.flush();
        }).isInstanceOfAny(DataIntegrityViolationException.class, jakarta.persistence.PersistenceException.class,
                org.hibernate.exception.ConstraintViolationException.class);
    }

    @Test
    void searchMatchesPartsOfNameDisplayNameOrEmailIgnoringCase() {
        user("jdoe", "Jane Doe", "jane@clinic.example", Role.CLINICIAN);
        user("bsmith", "Bob Smith", null, Role.MANAGER);
        user("cjones", "Carla Jones", "carla@other.example", Role.ADMIN);
        em.flush();

        assertThat(names(search("DOE"))).containsExactly("jdoe");
        assertThat(names(search("smi"))).containsExactly("bsmith");
        assertThat(names(search("other.EXAMPLE"))).containsExactly("cjones");
        assertThat(names(search(""))).containsExactly("bsmith", "cjones", "jdoe");
        assertThat(names(search(null))).hasSize(3);
        assertThat(names(search("nobody"))).isEmpty();
    }

    @Test
    void searchTakesPercentUnderscoreAndBackslashLiterally() {
        user("john_doe", "John Doe", null, Role.CLINICIAN);
        user("johnxdoe", "John X", null, Role.CLINICIAN);
        user("pct", "100% sure", null, Role.CLINICIAN);
        user("back", "Back\\slash", null, Role.CLINICIAN);
        em.flush();

        assertThat(names(search("john_"))).containsExactly("john_doe");
        assertThat(names(search("_"))).containsExactly("john_doe");
        assertThat(names(search("%"))).containsExactly("pct");
        assertThat(names(search("0% s"))).containsExactly("pct");
        assertThat(names(search("\\"))).containsExactly("back");
        assertThat(names(search("k\\s"))).containsExactly("back");
    }

    @Test
    void searchPagesInTheDatabase() {
        for (int i = 0; i < 7; i++) {
            user("page" + i, "Paged " + i, null, Role.CLINICIAN);
        }
        em.flush();

        Page<UserAccount> second = users.search(UserAccountRepository.containsPattern("page"),
                PageRequest.of(1, 3, Sort.by("username")));
        assertThat(second.getTotalElements()).isEqualTo(7);
        assertThat(second.getTotalPages()).isEqualTo(3);
        assertThat(names(second)).containsExactly("page3", "page4", "page5");
    }

    @Test
    void findsActivePeopleHoldingAnyOfTheRolesByNameOnceEachInNameOrder() {
        user("zed", "Zed Young", null, Role.CLINICIAN, Role.MANAGER);
        user("amy", "Amy Ward", null, Role.INTAKE_COORDINATOR);
        user("ben", "Ben Ward", null, Role.CLINICIAN);
        user("root", "Ward Admin", null, Role.ADMIN);
        UserAccount gone = user("gone", "Gone Ward", null, Role.CLINICIAN);
        gone.deactivate(NOW);
        em.flush();
        em.clear();

        var picked = users.activeWithAnyRole(EnumSet.of(Role.CLINICIAN, Role.MANAGER, Role.INTAKE_COORDINATOR), "",
                PageRequest.of(0, 10));
        assertThat(picked).extracting(UserAccount::getUsername).containsExactly("amy", "ben", "zed");
        assertThat(users.activeWithAnyRole(EnumSet.of(Role.CLINICIAN), UserAccountRepository.containsPattern("WARD"),
                PageRequest.of(0, 10))).extracting(UserAccount::getUsername).containsExactly("ben");
        assertThat(users.activeWithAnyRole(EnumSet.of(Role.CLINICIAN), "", PageRequest.of(0, 1))).hasSize(1);
        assertThat(users.findByUsernameIn(java.util.List.of("amy", "gone", "nobody")))
                .extracting(UserAccount::getUsername).containsExactlyInAnyOrder("amy", "gone");
    }

    @Test
    void findsTokensByHashAndCountsActiveOnesPerUser() {
        UserAccount owner = user("owner", "Owner", null, Role.CLINICIAN);
        UserAccount other = user("other", "Other", null, Role.CLINICIAN);
        ApiToken first = tokens.save(new ApiToken(owner.getId(), "first", "a".repeat(64), "pwt_…aaaa", NOW));
        ApiToken second = tokens.save(new ApiToken(owner.getId(), "second", "b".repeat(64), "pwt_…bbbb",
                NOW.plusSeconds(60)));
        tokens.save(new ApiToken(other.getId(), "theirs", "c".repeat(64), "pwt_…cccc", NOW));
        first.revoke(NOW.plusSeconds(120));
        em.flush();
        em.clear();

        assertThat(tokens.findByTokenHash("b".repeat(64))).map(ApiToken::getName).contains("second");
        assertThat(tokens.findByTokenHash("d".repeat(64))).isEmpty();
        assertThat(tokens.findByUserIdOrderByCreatedAtDesc(owner.getId())).extracting(ApiToken::getName)
                .containsExactly("second", "first");
        assertThat(tokens.countByUserIdAndRevokedAtIsNull(owner.getId())).isEqualTo(1);
        assertThat(tokens.findById(first.getId()).orElseThrow().getRevokedAt()).isEqualTo(NOW.plusSeconds(120));
        assertThat(tokens.findById(second.getId()).orElseThrow().isActive()).isTrue();
    }

    @Test
    void tokenHashesAreUnique() {
        UserAccount owner = user("hashes", "Owner", null, Role.CLINICIAN);
        tokens.save(new ApiToken(owner.getId(), "one", "e".repeat(64), "pwt_…eeee", NOW));
        em.flush();
        assertThatThrownBy(() -> {
            tokens.save(new ApiToken(owner.getId(), "two", "e".repeat(64), "pwt_…eeee", NOW));
            em.flush();
        }).isInstanceOfAny(DataIntegrityViolationException.class, jakarta.persistence.PersistenceException.class,
                org.hibernate.exception.ConstraintViolationException.class);
    }

    @Test
    void lockoutFieldsSurviveARoundTrip() {
        UserAccount locked = user("lockrt", "Locked", null, Role.CLINICIAN);
        for (int i = 0; i < 5; i++) {
            locked.recordFailedLogin(NOW, 5, java.time.Duration.ofMinutes(15));
        }
        em.flush();
        em.clear();
        UserAccount reloaded = users.findByUsername("lockrt").orElseThrow();
        assertThat(reloaded.getLockedUntil()).isEqualTo(NOW.plusSeconds(900));
        assertThat(reloaded.isLockedAt(NOW.plusSeconds(899))).isTrue();
    }

    private Page<UserAccount> search(String text) {
        return users.search(UserAccountRepository.containsPattern(text), PageRequest.of(0, 50, Sort.by("username")));
    }

    private static java.util.List<String> names(Page<UserAccount> page) {
        return page.map(UserAccount::getUsername).getContent();
    }
}
