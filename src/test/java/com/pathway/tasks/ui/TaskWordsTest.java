package com.pathway.tasks.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class TaskWordsTest {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final Instant NOW = Instant.parse("2026-12-02T15:00:00Z"); // Wednesday 10:00 in New York

    @Test
    void saysWhenATaskIsDueRelativeToToday() {
        assertThat(TaskWords.due(Instant.parse("2026-12-02T20:00:00Z"), NOW, NEW_YORK)).isEqualTo("Today, 3:00 PM");
        assertThat(TaskWords.due(Instant.parse("2026-12-03T14:00:00Z"), NOW, NEW_YORK)).isEqualTo("Tomorrow, 9:00 AM");
        assertThat(TaskWords.due(Instant.parse("2026-12-11T14:00:00Z"), NOW, NEW_YORK)).isEqualTo("Fri, Dec 11, 9:00 AM");
        assertThat(TaskWords.due(Instant.parse("2026-12-01T14:00:00Z"), NOW, NEW_YORK))
                .isEqualTo("Overdue since Tue, Dec 1, 9:00 AM");
        assertThat(TaskWords.due(Instant.parse("2026-12-02T14:30:00Z"), NOW, NEW_YORK)).isEqualTo("Overdue since 9:30 AM");
    }

    @Test
    void wordsBusinessTimeLeftAndMissed() {
        Duration day = Duration.ofHours(8);
        assertThat(TaskWords.target("first response", Duration.ofMinutes(135), false, day))
                .isEqualTo("First response: 2 h 15 min left");
        assertThat(TaskWords.span(Duration.ofHours(2), day)).isEqualTo("2 h");
        assertThat(TaskWords.span(Duration.ofMinutes(45), day)).isEqualTo("45 min");
        assertThat(TaskWords.span(Duration.ofHours(10), day)).isEqualTo("1 business day 2 h");
        assertThat(TaskWords.target("consultation", Duration.ofHours(-8), true, day))
                .isEqualTo("Consultation: missed by 1 business day");
        assertThat(TaskWords.target("first response", Duration.ZERO, true, day)).isEqualTo("First response: missed");
    }
}
