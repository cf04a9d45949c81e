package com.pathway.clinic.treatment;

/**
 * One phase of a course template: {@code sessions} infusions {@code intervalDays} apart; a phase after the
 * first starts {@code startAfterDays} after the previous phase's last session (null for the first phase).
 */
public record PhaseView(String name, int sessions, int intervalDays, Integer startAfterDays) {

    /** "6 infusions, every 3 days". */
    public String plan() {
        return sessions + (sessions == 1 ? " infusion" : " infusions") + ", every " + days(intervalDays);
    }

    static String days(int n) {
        return n + (n == 1 ? " day" : " days");
    }
}
