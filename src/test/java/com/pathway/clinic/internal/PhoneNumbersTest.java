package com.pathway.clinic.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneNumbersTest {

    private final PhoneNumbers us = new PhoneNumbers("US");

    @Test
    void normalisesUsualWritingsToE164() {
        assertThat(us.toE164("(202) 555-0143")).contains("+12025550143");
        assertThat(us.toE164("202.555.0143")).contains("+12025550143");
        assertThat(us.toE164("+1 202 555 0143")).contains("+12025550143");
        assertThat(us.toE164(" 1-202-555-0143 ")).contains("+12025550143");
    }

    @Test
    void readsNumbersWithACountryCodeWhateverTheDefaultRegion() {
        assertThat(us.toE164("+44 20 7946 0958")).contains("+442079460958");
        assertThat(new PhoneNumbers("GB").toE164("020 7946 0958")).contains("+442079460958");
    }

    @Test
    void refusesWhatIsNotAValidNumber() {
        assertThat(us.toE164("555")).isEmpty();
        assertThat(us.toE164("call me")).isEmpty();
        assertThat(us.toE164("+1 000 000 0000")).isEmpty();
        assertThat(us.toE164("")).isEmpty();
        assertThat(us.toE164(null)).isEmpty();
        assertThat(us.toE164("1".repeat(41))).isEmpty();
    }
}
