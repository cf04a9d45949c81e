package com.pathway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@ActiveProfiles({"test", "demo"})
@Transactional
class ApiTokenPagingTest {

    @Autowired
    ApiTokenService tokens;

    @Test
    @WithUserDetails("clinician")
    void pagesOnlyTheSignedInUsersTokensNewestFirst() {
        tokens.create("First");
        tokens.create("Second");
        tokens.create("Third");

        var firstPage = tokens.myTokens(PageRequest.of(0, 2));
        var secondPage = tokens.myTokens(PageRequest.of(1, 2));

        assertThat(tokens.countMyTokens()).isEqualTo(4);
        assertThat(firstPage.getContent()).extracting(ApiTokenSummary::name).containsExactly("Third", "Second");
        assertThat(secondPage.getContent()).extracting(ApiTokenSummary::name).containsExactly("First", "Demo token");
        assertThat(Set.copyOf(tokens.myTokens(PageRequest.of(0, 10)).getContent()))
                .isEqualTo(Set.copyOf(tokens.myTokens()));
    }
}
