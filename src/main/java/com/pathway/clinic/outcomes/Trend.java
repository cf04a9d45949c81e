package com.pathway.clinic.outcomes;

import java.util.List;

/** A text sparkline of totals, oldest first, scaled to the instrument's range (▁ is 0, █ its maximum). */
public final class Trend {

    private static final String BARS = "\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588";

    private Trend() {
    }

    public static String sparkline(List<Integer> totalsOldestFirst, int maxTotal) {
        StringBuilder line = new StringBuilder();
        for (int total : totalsOldestFirst) {
            int level = maxTotal <= 0 ? 0 : Math.round((float) Math.clamp(total, 0, maxTotal) * (BARS.length() - 1) / maxTotal);
            line.append(BARS.charAt(level));
        }
        return line.toString();
    }
}
