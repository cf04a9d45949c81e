package com.pathway.clinic.internal;

import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;

import org.springframework.stereotype.Component;

import com.pathway.clinic.Consent;
import com.pathway.shared.ClinicProperties;

/** Lead form values as short texts for choosing between two leads; referrers by name. */
@Component
public class MergeValues {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final ReferrerRepository referrers;
    private final ClinicProperties clinic;

    public MergeValues(ReferrerRepository referrers, ClinicProperties clinic) {
        this.referrers = referrers;
        this.clinic = clinic;
    }

    /** The value as text; empty for no value. */
    public String text(Object value) {
        return switch (value) {
            case null -> "";
            case Consent c -> "Given " + DAY.format(c.at().atZone(clinic.timeZone())) + " (" + c.source() + ")";
            case Collection<?> list -> String.join(", ", list.stream().map(String::valueOf).toList());
            case Boolean b -> b ? "Yes" : "No";
            case Enum<?> e -> words(e.name());
            case Long id -> referrers.findById(id).map(r -> r.getName()).orElse("#" + id);
            default -> value.toString();
        };
    }

    private static String words(String name) {
        String w = name.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
}
