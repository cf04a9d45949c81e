package com.pathway.clinic.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The window of an emergency access, with a fixed clock: open from the grant, closed at its expiry. */
class EmergencyGrantsTest {

    static final Instant GRANTED = Instant.parse("2026-12-04T10:00:00Z");

    private final List<EmergencyAccess> stored = new ArrayList<>(List.of(
            new EmergencyAccess("dr-lee", "PW-7", "Covering a colleague's patient", GRANTED,
                    GRANTED.plus(Duration.ofHours(1)))));

    private final EmergencyAccessRepository repository = new EmergencyAccessRepository() {
        @Override
        public EmergencyAccess save(EmergencyAccess access) {
            stored.add(access);
            return access;
        }

        @Override
        public List<EmergencyAccess> findActive(String username, Instant now) {
            return stored.stream().filter(a -> a.getUsername().equals(username)).toList();
        }
    };

    private EmergencyGrants at(Instant now) {
        return new EmergencyGrants(repository, Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void opensTheLeadForTheHourWithItsReason() {
        assertThat(at(GRANTED).activeFor("Dr-Lee")).containsEntry("PW-7", "Covering a colleague's patient");
        assertThat(at(GRANTED.plus(Duration.ofMinutes(59))).activeFor("dr-lee")).containsKey("PW-7");
    }

    @Test
    void closesItAtTheExpiryAndNeverBeforeTheGrant() {
        assertThat(at(GRANTED.plus(Duration.ofHours(1))).activeFor("dr-lee")).isEmpty();
        assertThat(at(GRANTED.minusSeconds(1)).activeFor("dr-lee")).isEmpty();
        assertThat(at(GRANTED).activeFor("someone-else")).isEmpty();
    }
}
