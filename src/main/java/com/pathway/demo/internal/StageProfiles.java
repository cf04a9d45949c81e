package com.pathway.demo.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The clinic's pathway as it tends to go: most inquiries are contacted within a day or two, about a
 * third reach treatment, and people drop out with the resolution that fits the stage (lost contact
 * early, not eligible after screening, completed care after follow-up). Statuses an administrator
 * adds later get a neutral profile, so the generator follows whatever workflow is published.
 */
final class StageProfiles {

    private static final StageProfile OTHER = new StageProfile(5, 0.2,
            ordered("Lost contact", 5, "Declined", 3, "Referred elsewhere", 2), List.of());

    private static final Map<String, StageProfile> CLINIC = Map.of(
            "new inquiry", new StageProfile(1.2, 0.14,
                    ordered("Lost contact", 7, "Declined", 2, "Referred elsewhere", 1),
                    List.of("Called back, left a voicemail first.", "Reached by phone.", "Replied by e-mail.")),
            "contacted", new StageProfile(4, 0.22,
                    ordered("Lost contact", 5, "Declined", 3, "Referred elsewhere", 2),
                    List.of("Consultation booked by phone.", "Sent the intake packet; consultation booked.")),
            "consultation scheduled", new StageProfile(8, 0.12,
                    ordered("Lost contact", 6, "Declined", 4),
                    List.of("Consultation held by video.", "Consultation held at the clinic.")),
            "consultation done", new StageProfile(3, 0.15,
                    ordered("Declined", 5, "Referred elsewhere", 3, "Not eligible", 2),
                    List.of("Screening questionnaire sent.")),
            "screening", new StageProfile(7, 0.22,
                    ordered("Not eligible", 7, "Declined", 2, "Referred elsewhere", 1),
                    List.of("Screening cleared; consent signed.", "Approved after records review.")),
            "treatment scheduled", new StageProfile(6, 0.08,
                    ordered("Declined", 6, "Lost contact", 4),
                    List.of("First infusion given.")),
            "in treatment", new StageProfile(18, 0.07,
                    ordered("Declined", 5, "Lost contact", 3, "Referred elsewhere", 2),
                    List.of("Series of six infusions completed.", "Series completed; follow-up booked.")),
            "follow-up", new StageProfile(50, 0.0,
                    ordered("Completed care", 1), List.of("Follow-up visits done.")));

    /** What ends a lead that reached the last open stage: usually completed care. */
    static final Map<String, Integer> AT_THE_END = ordered("Completed care", 9, "Lost contact", 1);

    private StageProfiles() {
    }

    static StageProfile of(String status) {
        return CLINIC.getOrDefault(status.toLowerCase(Locale.ROOT), OTHER);
    }

    private static Map<String, Integer> ordered(Object... pairs) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return map;
    }
}
