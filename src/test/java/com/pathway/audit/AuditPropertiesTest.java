package com.pathway.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** When entries get their link: the defaults, and settings that would leave entries unlinked refused. */
class AuditPropertiesTest {

    private static AuditProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("pathway.audit",
                AuditProperties.class);
    }

    @Test
    void entriesAreLinkedAFifthOfASecondAfterTheirCommitAndLookedForEveryFiveSeconds() {
        AuditProperties defaults = bind(Map.of());
        assertThat(defaults.sealDelay()).isEqualTo(Duration.ofMillis(200));
        assertThat(defaults.sealInterval()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void bothCanBeSetWithinTheirBounds() {
        AuditProperties set = bind(Map.of("pathway.audit.seal-delay", "0", "pathway.audit.seal-interval", "1m"));
        assertThat(set.sealDelay()).isZero();
        assertThat(set.sealInterval()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void aDelayOverASecondOrNoIntervalIsRefusedWithTheSettingsName() {
        assertThatThrownBy(() -> bind(Map.of("pathway.audit.seal-delay", "2s")))
                .isInstanceOf(BindException.class).rootCause()
                .hasMessageContaining("pathway.audit.seal-delay must be between 0 and 1s");
        assertThatThrownBy(() -> bind(Map.of("pathway.audit.seal-interval", "0s")))
                .isInstanceOf(BindException.class).rootCause()
                .hasMessageContaining("pathway.audit.seal-interval must be longer than 0");
    }
}
