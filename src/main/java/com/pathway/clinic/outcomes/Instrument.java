package com.pathway.clinic.outcomes;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The questionnaires, as published: every item's wording, the answer scale and the total's range. PHQ-9
 * and GAD-7 (Pfizer, free to use) ask about the last two weeks and score each item 0–3; PCL-5 (National
 * Center for PTSD, public domain) asks about the past month and scores each item 0–4. The total is the sum
 * of all items; every item must be answered. Severity bands are the clinic's configuration, not here.
 */
public enum Instrument {

    PHQ9("PHQ-9", "Over the last 2 weeks, how often have you been bothered by any of the following problems?",
            List.of("Not at all", "Several days", "More than half the days", "Nearly every day"), 9, List.of(
            "Little interest or pleasure in doing things",
            "Feeling down, depressed, or hopeless",
            "Trouble falling or staying asleep, or sleeping too much",
            "Feeling tired or having little energy",
            "Poor appetite or overeating",
            "Feeling bad about yourself, or that you are a failure or have let yourself or your family down",
            "Trouble concentrating on things, such as reading the newspaper or watching television",
            "Moving or speaking so slowly that other people could have noticed; or the opposite, being so fidgety"
                    + " or restless that you have been moving around a lot more than usual",
            "Thoughts that you would be better off dead, or of hurting yourself in some way")),
    GAD7("GAD-7", "Over the last 2 weeks, how often have you been bothered by the following problems?",
            List.of("Not at all", "Several days", "More than half the days", "Nearly every day"), 0, List.of(
            "Feeling nervous, anxious, or on edge",
            "Not being able to stop or control worrying",
            "Worrying too much about different things",
            "Trouble relaxing",
            "Being so restless that it is hard to sit still",
            "Becoming easily annoyed or irritable",
            "Feeling afraid, as if something awful might happen")),
    PCL5("PCL-5", "In the past month, how much were you bothered by:",
            List.of("Not at all", "A little bit", "Moderately", "Quite a bit", "Extremely"), 0, List.of(
            "Repeated, disturbing, and unwanted memories of the stressful experience",
            "Repeated, disturbing dreams of the stressful experience",
            "Suddenly feeling or acting as if the stressful experience were actually happening again (as if you"
                    + " were actually back there reliving it)",
            "Feeling very upset when something reminded you of the stressful experience",
            "Having strong physical reactions when something reminded you of the stressful experience (for"
                    + " example, heart pounding, trouble breathing, sweating)",
            "Avoiding memories, thoughts, or feelings related to the stressful experience",
            "Avoiding external reminders of the stressful experience (for example, people, places, conversations,"
                    + " activities, objects, or situations)",
            "Trouble remembering important parts of the stressful experience",
            "Having strong negative beliefs about yourself, other people, or the world (for example, having"
                    + " thoughts such as: I am bad, there is something seriously wrong with me, no one can be trusted,"
                    + " the world is completely dangerous)",
            "Blaming yourself or someone else for the stressful experience or what happened after it",
            "Having strong negative feelings such as fear, horror, anger, guilt, or shame",
            "Loss of interest in activities that you used to enjoy",
            "Feeling distant or cut off from other people",
            "Trouble experiencing positive feelings (for example, being unable to feel happiness or have loving"
                    + " feelings for people close to you)",
            "Irritable behavior, angry outbursts, or acting aggressively",
            "Taking too many risks or doing things that could cause you harm",
            "Being \u201Csuperalert\u201D or watchful or on guard",
            "Feeling jumpy or easily startled",
            "Having difficulty concentrating",
            "Trouble falling or staying asleep"));

    private final String label;
    private final String stem;
    private final List<String> scale;
    private final int flagItem;
    private final List<String> items;

    Instrument(String label, String stem, List<String> scale, int flagItem, List<String> items) {
        this.label = label;
        this.stem = stem;
        this.scale = scale;
        this.flagItem = flagItem;
        this.items = items;
    }

    /** The name people know it by, e.g. "PHQ-9". */
    public String label() {
        return label;
    }

    /** The question every item answers. */
    public String stem() {
        return stem;
    }

    /** The answer choices, scored 0, 1, … in this order. */
    public List<String> scale() {
        return scale;
    }

    public List<String> items() {
        return items;
    }

    public int maxPerItem() {
        return scale.size() - 1;
    }

    public int maxTotal() {
        return items.size() * maxPerItem();
    }

    /** The item (1-based) whose answer above 0 flags the lead for its clinician, or 0 for none. */
    public int flagItem() {
        return flagItem;
    }

    /** By its name ({@code PHQ9}) or label ({@code PHQ-9}), without regard to case. */
    public static Optional<Instrument> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(i -> i.name().equals(t) || i.label.equals(t)).findFirst();
    }
}
