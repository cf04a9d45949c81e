package com.pathway.board.ui;

import java.time.Duration;
import java.time.Instant;

/** How long a card has been in its status, in words that fit a card ("3 d", "5 h", "12 min"). */
final class CardAge {

    private CardAge() {
    }

    static String shortly(Instant since, Instant now) {
        Duration d = Duration.between(since, now);
        if (d.isNegative() || d.toMinutes() < 1) {
            return "now";
        }
        if (d.toHours() < 1) {
            return d.toMinutes() + " min";
        }
        if (d.toDays() < 1) {
            return d.toHours() + " h";
        }
        return d.toDays() + " d";
    }

    /** "3 days", "1 day", "12 hours": for an overdue limit. */
    static String limit(Duration limit) {
        if (limit.toDays() >= 1 && limit.toHours() % 24 == 0) {
            return limit.toDays() + (limit.toDays() == 1 ? " day" : " days");
        }
        if (limit.toHours() >= 1) {
            return limit.toHours() + (limit.toHours() == 1 ? " hour" : " hours");
        }
        return limit.toMinutes() + " minutes";
    }
}
