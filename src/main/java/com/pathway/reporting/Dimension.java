package com.pathway.reporting;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What the conversion and outcome figures are broken down by. */
public enum Dimension {
    SOURCE("source", "Source"), CAMPAIGN("campaign", "Campaign"), REFERRER("referrer", "Referrer");

    private final String parameter;
    private final String label;

    Dimension(String parameter, String label) {
        this.parameter = parameter;
        this.label = label;
    }

    public String parameter() {
        return parameter;
    }

    public String label() {
        return label;
    }

    public static Optional<Dimension> of(String parameter) {
        return Arrays.stream(values())
                .filter(d -> d.parameter.equals(parameter == null ? "" : parameter.strip().toLowerCase(Locale.ROOT)))
                .findFirst();
    }
}
