package com.pathway.clinic.treatment;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The clinic's vital-sign ranges and the one rule that marks a reading outside them, used alike by the
 * draft form while a clinician types, the signed session, the printable summary and the API. A reading
 * outside is stated as a plain fact ("Systolic 190 mmHg is above the clinic's range (max 180)."), never as
 * advice: the clinic sets the ranges; Pathway does not judge a reading.
 */
public record VitalRanges(List<VitalRange> ranges) {

    public VitalRanges {
        ranges = List.copyOf(ranges);
    }

    /** The range of one sign; a sign without one has no limits. */
    public VitalRange of(VitalSign sign) {
        return ranges.stream().filter(r -> r.sign() == sign).findFirst()
                .orElse(new VitalRange(sign, null, null, true, null, null, 0));
    }

    /** How a reading stands against the clinic's range of its sign, for the field it is typed in; null inside. */
    public String note(VitalSign sign, Integer value) {
        return of(sign).note(value);
    }

    /** The readings outside the clinic's ranges, row by row in order, each with its plain fact. */
    public List<SessionView.VitalAlert> alerts(List<SessionForm.Vitals> rows) {
        Map<VitalSign, VitalRange> bySign = new EnumMap<>(VitalSign.class);
        for (VitalSign sign : VitalSign.values()) {
            bySign.put(sign, of(sign));
        }
        List<SessionView.VitalAlert> alerts = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            SessionForm.Vitals v = rows.get(i);
            if (v == null) {
                continue;
            }
            for (VitalSign sign : VitalSign.values()) {
                Integer value = sign.of(v);
                String note = bySign.get(sign).note(value);
                if (note != null) {
                    alerts.add(new SessionView.VitalAlert(i, sign.field(), sign.label() + " " + sign.withUnit(value)
                            + " is " + Character.toLowerCase(note.charAt(0)) + note.substring(1) + "."));
                }
            }
        }
        return alerts;
    }
}
