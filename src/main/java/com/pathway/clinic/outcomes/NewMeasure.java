package com.pathway.clinic.outcomes;

import java.util.List;

/** A questionnaire to record: {@code PHQ9}, {@code GAD7} or {@code PCL5}, and the score of every item in order. */
public record NewMeasure(String instrument, List<Integer> answers) {
}
