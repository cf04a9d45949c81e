package com.pathway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.pathway.security.internal.TokenHasher;
import com.pathway.security.internal.UserAccount;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.NotFoundException;
import com.pathway.support.IntegrationTest;
import com.pathway.support.TestAccounts;

@IntegrationTest
class ApiTokenServiceTest {

    @Autowired
    ApiTokenService service;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void createsATokenWhoseValueIsShownOnceAndStoredOnlyAsAHash() {
        UserAccount user = signedIn("tok");

        CreatedApiToken created = service.create("  Nightly export  ");

        assertThat(created.value()).startsWith(TokenHasher.PREFIX);
        assertThat(created.token().name()).isEqualTo("Nightly export");
        assertThat(created.token().hint()).isEqualTo(TokenHasher.hint(created.value()));
        assertThat(created.token().active()).isTrue();
        assertThat(jdbc.queryForObject("select token_hash from api_token where id = ?", String.class,
                created.token().id())).isEqualTo(TokenHasher.hash(created.value()));
        assertThat(jdbc.queryForObject("select count(*) from api_token where token_hash = ? or token_hint = ?",
                Integer.class, created.value(), created.value())).isZero();
        assertThat(service.myTokens()).extracting(ApiTokenSummary::id).containsExactly(created.token().id());
        Map<String, Object> audit = jdbc.queryForMap(
                "select * from audit_entry where action = 'API_TOKEN_CREATED' and entity_id = ?",
                String.valueOf(created.token().id()));
        assertThat(audit).containsEntry("actor", user.getUsername());
        assertThat((String) audit.get("details")).doesNotContain(created.value());
    }

    @Test
    void aTokenNeedsANameOfAtMost80Characters() {
        signedIn("tokname");
        for (String bad : new String[] {null, "", "   ", "x".repeat(81)}) {
            assertThatThrownBy(() -> service.create(bad)).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.fieldErrors()).containsOnlyKeys("name"));
        }
        assertThat(service.myTokens()).isEmpty();
    }

    @Test
    void allowsAtMostTenActiveTokens() {
        signedIn("tokmax");
        for (int i = 0; i < ApiTokenService.MAX_ACTIVE_TOKENS; i++) {
            service.create("token " + i);
        }
        assertThatThrownBy(() -> service.create("one too many")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsEntry("name",
                        "You already have 10 active tokens; revoke one first."));

        service.revoke(service.myTokens().getFirst().id());
        assertThat(service.create("fits again").token().active()).isTrue();
    }

    @Test
    void revokesOnlyYourOwnTokens() {
        signedIn("tokowner");
        CreatedApiToken mine = service.create("mine");
        accounts.signOut();
        signedIn("tokthief");

        assertThatThrownBy(() -> service.revoke(mine.token().id())).isInstanceOf(NotFoundException.class);
        accounts.signOut();
        assertThat(jdbc.queryForObject("select revoked_at from api_token where id = ?", java.sql.Timestamp.class,
                mine.token().id())).isNull();
    }

    @Test
    void revokingIsAuditedAndKeepsTheTokenListed() {
        signedIn("tokrev");
        CreatedApiToken token = service.create("to revoke");

        ApiTokenSummary revoked = service.revoke(token.token().id());

        assertThat(revoked.active()).isFalse();
        assertThat(service.myTokens()).extracting(ApiTokenSummary::active).containsExactly(false);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'API_TOKEN_REVOKED' "
                + "and entity_id = ?", Integer.class, String.valueOf(token.token().id()))).isEqualTo(1);
    }

    private UserAccount signedIn(String prefix) {
        UserAccount user = accounts.create(TestAccounts.uniqueName(prefix), Role.CLINICIAN);
        accounts.signIn(user.getUsername());
        return user;
    }
}
