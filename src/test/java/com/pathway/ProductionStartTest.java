package com.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.NestedExceptionUtils;

/**
 * A start outside the demo profile on an empty database refuses to run without a password for the
 * first administrator, and any start refuses to run without an encryption key; each says what to set.
 * (With a password, {@link PathwayApplicationTest} shows that exactly that administrator is created and
 * nothing else.)
 */
class ProductionStartTest {

    @Test
    void refusesToStartWithoutUsersAndWithoutAnAdministratorPassword() {
        Throwable failure = catchThrowable(() -> start("--pathway.security.bootstrap-admin-password="));

        assertThat(NestedExceptionUtils.getMostSpecificCause(failure))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Pathway has no users yet. Set the environment variable PATHWAY_ADMIN_PASSWORD to the "
                        + "password of the first administrator ('admin') and start again.");
    }

    @Test
    void refusesAnAdministratorPasswordThatBreaksThePolicy() {
        Throwable failure = catchThrowable(() -> start("--pathway.security.bootstrap-admin-password=admin12345"));

        assertThat(NestedExceptionUtils.getMostSpecificCause(failure))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("PATHWAY_ADMIN_PASSWORD is not acceptable:")
                .hasMessageContaining("Use at least 12 characters.")
                .hasMessageContaining("must not contain the user name");
    }

    @Test
    void refusesToStartWithoutAnEncryptionKey() {
        Throwable failure = catchThrowable(() -> start("--pathway.encryption.current-key="));

        assertThat(NestedExceptionUtils.getMostSpecificCause(failure))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("No encryption key is configured. Generate one with 'openssl rand -base64 32', set it as "
                        + "PATHWAY_ENCRYPTION_KEYS_<ID> (for example PATHWAY_ENCRYPTION_KEYS_K1) and set "
                        + "PATHWAY_ENCRYPTION_CURRENT_KEY to its id (k1), then start again.");
    }

    @Test
    void refusesACurrentKeyThatIsNotConfigured() {
        Throwable failure = catchThrowable(() -> start("--pathway.encryption.current-key=k2027"));

        assertThat(NestedExceptionUtils.getMostSpecificCause(failure))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The current encryption key 'k2027' (PATHWAY_ENCRYPTION_CURRENT_KEY) is not configured: "
                        + "set PATHWAY_ENCRYPTION_KEYS_K2027 to its 32 bytes in Base64. Configured ids: demo.");
    }

    @Test
    void refusesTheDemoKeyPublishedWithTheSourceOutsideTheDemoProfile() {
        Throwable failure = catchThrowable(() -> start("--pathway.encryption.allow-demo-key=false"));

        assertThat(NestedExceptionUtils.getMostSpecificCause(failure))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("The demo encryption key published with Pathway's source is configured");
    }

    private static void start(String... args) {
        // the test profile gives a private in-memory database; never the demo profile
        new SpringApplicationBuilder(PathwayApplication.class).profiles("test")
                .run(concat(args, "--server.port=0", "--spring.main.banner-mode=off")).close();
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
