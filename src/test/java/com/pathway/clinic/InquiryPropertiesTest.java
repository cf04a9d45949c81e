package com.pathway.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The inquiry settings a clinic gets without setting any (the tests' profile turns bursts off). */
class InquiryPropertiesTest {

    @Test
    void aBurstIsAHundredInquiriesASecondAndHoldsALeadBackThirtySecondsAtMost() {
        InquiryProperties defaults = new Binder(new MapConfigurationPropertySource(Map.of()))
                .bindOrCreate("pathway.inquiries", InquiryProperties.class);

        assertThat(defaults.burstRate()).isEqualTo(100);
        assertThat(defaults.burstLeadDelay()).isEqualTo(Duration.ofSeconds(30));
        assertThat(defaults.createdAtOnce()).isEqualTo(1);
        assertThat(defaults.drainInterval()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void bothCanBeSet() {
        InquiryProperties set = new Binder(new MapConfigurationPropertySource(Map.of(
                "pathway.inquiries.burst-rate", "0", "pathway.inquiries.burst-lead-delay", "5s")))
                .bindOrCreate("pathway.inquiries", InquiryProperties.class);

        assertThat(set.burstRate()).isZero();
        assertThat(set.burstLeadDelay()).isEqualTo(Duration.ofSeconds(5));
    }
}
