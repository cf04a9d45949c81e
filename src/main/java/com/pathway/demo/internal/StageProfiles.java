package com.pathway.demo.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The clinic's pathway as it tends to go: most inquiries are contacted within a day or two, about a
 * third reach treatment, and people drop out with the outcome that fits the stage (lost contact
 * early, not eligible after screening, completed care after follow-up). Profiles are found by the
 * statuses' {@code stage} property and their place within the stage, and closings name the
 * resolutions' {@code outcome} property, never a status or resolution name: the generator follows
 * whatever workflow is published, and statuses of stages it does not know get a neutral profile.
 */
final class StageProfiles {

    private static final StageProfile OTHER = new StageProfile(5, 0.2,
            ordered("lost-contact", 5, "declined", 3, "referred", 2), List.of());

    /** Per stage, the profile of its first, second, ... status; later statuses take the last. */
    private static final Map<String, List<StageProfile>> CLINIC = Map.of(
            "intake", List.of(
                    new StageProfile(1.2, 0.14, ordered("lost-contact", 7, "declined", 2, "referred", 1),
                            List.of("Called back, left a voicemail first.", "Reached by phone.", "Replied by e-mail.")),
                    new StageProfile(4, 0.22, ordered("lost-contact", 5, "declined", 3, "referred", 2),
                            List.of("Consultation booked by phone.", "Sent the intake packet; consultation booked."))),
            "consultation", List.of(
                    new StageProfile(8, 0.12, ordered("lost-contact", 6, "declined", 4),
                            List.of("Consultation held by video.", "Consultation held at the clinic.")),
                    new StageProfile(3, 0.15, ordered("declined", 5, "referred", 3, "ineligible", 2),
                            List.of("Screening questionnaire sent."))),
            "assessment", List.of(
                    new StageProfile(7, 0.22, ordered("ineligible", 7, "declined", 2, "referred", 1),
                            List.of("Screening cleared; consent signed.", "Approved after records review."))),
            "treatment", List.of(
                    new StageProfile(6, 0.08, ordered("declined", 6, "lost-contact", 4),
                            List.of("First infusion given.")),
                    new StageProfile(18, 0.07, ordered("declined", 5, "lost-contact", 3, "referred", 2),
                            List.of("Series of six infusions completed.", "Series completed; follow-up booked."))),
            "aftercare", List.of(
                    new StageProfile(50, 0.0, ordered("completed", 1), List.of("Follow-up visits done."))));

    /** The stage whose statuses hand a lead to the clinician's queue (screening). */
    static final String ASSESSMENT = "assessment";
    /** The stage in which the coordinator arranges visits again (follow-up). */
    static final String AFTERCARE = "aftercare";

    /** What ends a lead that reached the last open stage: usually completed care. */
    static final Map<String, Integer> AT_THE_END = ordered("completed", 9, "lost-contact", 1);

    private StageProfiles() {
    }

    /** The profile of the {@code index}-th status (from 0) of a stage. */
    static StageProfile of(String stage, int index) {
        List<StageProfile> profiles = stage == null ? null : CLINIC.get(stage.toLowerCase(Locale.ROOT));
        return profiles == null ? OTHER : profiles.get(Math.min(index, profiles.size() - 1));
    }

    private static Map<String, Integer> ordered(Object... pairs) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return map;
    }
}
