package com.pathway.clinic.outcomes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.pathway.shared.InvalidInputException;

/**
 * Scores a questionnaire by its published rule (the sum of every item) and bands it by the clinic's bands.
 * Every item must be answered with a score on its scale; a form with missing or impossible answers is
 * refused as a whole, naming each item.
 */
public final class Scoring {

    private Scoring() {
    }

    /** The answers checked and totalled; {@code band} is {@code null} when the clinic has no bands for it. */
    public record Score(Instrument instrument, List<Integer> answers, int total, String band, boolean flagged) {
    }

    public static Score score(Instrument instrument, List<Integer> answers, List<Band> bands) {
        Map<String, String> errors = new LinkedHashMap<>();
        int n = instrument.items().size();
        if (answers == null || answers.size() != n) {
            throw InvalidInputException.of("answers", instrument.label() + " has " + n + " items; send an answer"
                    + " to each, in order (" + (answers == null ? "none were" : answers.size() + " were") + " sent).");
        }
        for (int i = 0; i < n; i++) {
            Integer a = answers.get(i);
            if (a == null) {
                errors.put("answers[" + i + "]", "Item " + (i + 1) + " is not answered.");
            } else if (a < 0 || a > instrument.maxPerItem()) {
                errors.put("answers[" + i + "]", "Item " + (i + 1) + " is scored 0 to " + instrument.maxPerItem()
                        + "; " + a + " is outside its range.");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        int total = answers.stream().mapToInt(Integer::intValue).sum();
        boolean flagged = instrument.flagItem() > 0 && answers.get(instrument.flagItem() - 1) > 0;
        return new Score(instrument, List.copyOf(answers), total, band(total, bands), flagged);
    }

    /** The label of the band the total falls in: the one with the highest start not above it. */
    public static String band(int total, List<Band> bands) {
        return bands.stream().filter(b -> b.minScore() <= total).max(Comparator.comparingInt(Band::minScore))
                .map(Band::label).orElse(null);
    }

    /**
     * Problems with a set of bands for the instrument, empty when it may be saved: none at all, or a first
     * band starting at 0, each start within the total's range and above the one before, each with a label.
     */
    public static List<String> problems(Instrument instrument, List<Band> bands) {
        List<String> problems = new ArrayList<>();
        if (bands.isEmpty()) {
            return problems;
        }
        if (bands.getFirst().minScore() != 0) {
            problems.add("The first band starts at 0.");
        }
        for (int i = 0; i < bands.size(); i++) {
            Band b = bands.get(i);
            if (b.label() == null || b.label().isBlank()) {
                problems.add("Band " + (i + 1) + " needs a label.");
            } else if (b.label().strip().length() > 80) {
                problems.add("Band " + (i + 1) + "'s label holds at most 80 characters.");
            }
            if (b.minScore() < 0 || b.minScore() > instrument.maxTotal()) {
                problems.add("Band " + (i + 1) + " starts at " + b.minScore() + ", outside 0 to "
                        + instrument.maxTotal() + ".");
            }
            if (i > 0 && b.minScore() <= bands.get(i - 1).minScore()) {
                problems.add("Band " + (i + 1) + " must start above the band before it (" + bands.get(i - 1).minScore()
                        + ").");
            }
        }
        return problems;
    }
}
