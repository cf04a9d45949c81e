package com.pathway.clinic.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.pathway.shared.InvalidInputException;

/**
 * Scoring by the published rules (the sum of every item) against worked examples, every edge of the shipped
 * severity bands, and refusals of missing, impossible or miscounted answers.
 */
class ScoringTest {

    static final List<Band> PHQ9_BANDS = List.of(new Band(0, "Minimal"), new Band(5, "Mild"), new Band(10, "Moderate"),
            new Band(15, "Moderately severe"), new Band(20, "Severe"));
    static final List<Band> GAD7_BANDS = List.of(new Band(0, "Minimal"), new Band(5, "Mild"), new Band(10, "Moderate"),
            new Band(15, "Severe"));

    /** Answers for the instrument adding up to {@code total}, filling items from the first, item 9 last. */
    static List<Integer> answersTotalling(Instrument instrument, int total, boolean spareLastItem) {
        List<Integer> answers = new ArrayList<>(Collections.nCopies(instrument.items().size(), 0));
        int left = total;
        int n = spareLastItem ? answers.size() - 1 : answers.size();
        for (int i = 0; i < n && left > 0; i++) {
            int a = Math.min(left, instrument.maxPerItem());
            answers.set(i, a);
            left -= a;
        }
        if (left > 0) {
            answers.set(answers.size() - 1, left);
        }
        return answers;
    }

    @ParameterizedTest
    @CsvSource({"0, Minimal", "4, Minimal", "5, Mild", "9, Mild", "10, Moderate", "14, Moderate",
        "15, Moderately severe", "19, Moderately severe", "20, Severe", "27, Severe"})
    void phq9BandEdges(int total, String band) {
        Scoring.Score score = Scoring.score(Instrument.PHQ9, answersTotalling(Instrument.PHQ9, total, total <= 24),
                PHQ9_BANDS);
        assertThat(score.total()).isEqualTo(total);
        assertThat(score.band()).isEqualTo(band);
    }

    @ParameterizedTest
    @CsvSource({"0, Minimal", "4, Minimal", "5, Mild", "9, Mild", "10, Moderate", "14, Moderate", "15, Severe",
        "21, Severe"})
    void gad7BandEdges(int total, String band) {
        Scoring.Score score = Scoring.score(Instrument.GAD7, answersTotalling(Instrument.GAD7, total, false), GAD7_BANDS);
        assertThat(score.total()).isEqualTo(total);
        assertThat(score.band()).isEqualTo(band);
        assertThat(score.flagged()).as("GAD-7 raises no flag").isFalse();
    }

    @Test
    void workedExamplesScoreAsPublished() {
        // PHQ-9: 1+2+1+3+0+1+2+1+0 = 11, moderate
        Scoring.Score phq = Scoring.score(Instrument.PHQ9, List.of(1, 2, 1, 3, 0, 1, 2, 1, 0), PHQ9_BANDS);
        assertThat(phq.total()).isEqualTo(11);
        assertThat(phq.band()).isEqualTo("Moderate");
        assertThat(phq.flagged()).isFalse();
        // GAD-7: 2+2+3+1+0+1+2 = 11, moderate
        assertThat(Scoring.score(Instrument.GAD7, List.of(2, 2, 3, 1, 0, 1, 2), GAD7_BANDS).band()).isEqualTo("Moderate");
        // PCL-5: 20 items 0-4, total 0-80; without bands, no band
        Scoring.Score pcl = Scoring.score(Instrument.PCL5, Collections.nCopies(20, 4), List.of());
        assertThat(pcl.total()).isEqualTo(80);
        assertThat(pcl.band()).isNull();
        assertThat(Scoring.score(Instrument.PCL5, answersTotalling(Instrument.PCL5, 33, false), List.of()).total())
                .isEqualTo(33);
    }

    @Test
    void instrumentsHaveTheirPublishedItemCountsAndRanges() {
        assertThat(Instrument.PHQ9.items()).hasSize(9);
        assertThat(Instrument.PHQ9.maxTotal()).isEqualTo(27);
        assertThat(Instrument.GAD7.items()).hasSize(7);
        assertThat(Instrument.GAD7.maxTotal()).isEqualTo(21);
        assertThat(Instrument.PCL5.items()).hasSize(20);
        assertThat(Instrument.PCL5.maxTotal()).isEqualTo(80);
        assertThat(Instrument.find("phq-9")).contains(Instrument.PHQ9);
        assertThat(Instrument.find("PCL5")).contains(Instrument.PCL5);
        assertThat(Instrument.find("BDI")).isEmpty();
    }

    @Test
    void phq9Item9AboveZeroFlagsWhateverTheTotal() {
        assertThat(Scoring.score(Instrument.PHQ9, List.of(0, 0, 0, 0, 0, 0, 0, 0, 1), PHQ9_BANDS).flagged()).isTrue();
        assertThat(Scoring.score(Instrument.PHQ9, List.of(3, 3, 3, 3, 3, 3, 3, 3, 0), PHQ9_BANDS).flagged()).isFalse();
    }

    @Test
    void aMissingItemIsRefusedNamingIt() {
        List<Integer> answers = new ArrayList<>(List.of(1, 1, 1, 1, 1, 1, 1, 1, 1));
        answers.set(8, null);
        answers.set(2, null);
        assertThatThrownBy(() -> Scoring.score(Instrument.PHQ9, answers, PHQ9_BANDS))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("answers[2]", "Item 3 is not answered.")
                        .containsEntry("answers[8]", "Item 9 is not answered.").hasSize(2));
    }

    @Test
    void tooFewOrTooManyAnswersAreRefused() {
        assertThatThrownBy(() -> Scoring.score(Instrument.GAD7, List.of(1, 1, 1), GAD7_BANDS))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors().get("answers"))
                        .isEqualTo("GAD-7 has 7 items; send an answer to each, in order (3 were sent)."));
        assertThatThrownBy(() -> Scoring.score(Instrument.GAD7, null, GAD7_BANDS)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Scoring.score(Instrument.GAD7, Collections.nCopies(8, 0), GAD7_BANDS))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aScoreOutsideTheItemsScaleIsRefused() {
        assertThatThrownBy(() -> Scoring.score(Instrument.PHQ9, List.of(4, 0, 0, 0, 0, 0, 0, 0, -1), PHQ9_BANDS))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("answers[0]", "Item 1 is scored 0 to 3; 4 is outside its range.")
                        .containsEntry("answers[8]", "Item 9 is scored 0 to 3; -1 is outside its range."));
        assertThat(Scoring.score(Instrument.PCL5, Collections.nCopies(20, 4), List.of()).total())
                .as("PCL-5 items go to 4").isEqualTo(80);
    }

    @Test
    void bandsMustStartAtZeroRiseAndStayInRange() {
        assertThat(Scoring.problems(Instrument.PHQ9, PHQ9_BANDS)).isEmpty();
        assertThat(Scoring.problems(Instrument.PCL5, List.of())).as("no bands at all").isEmpty();
        assertThat(Scoring.problems(Instrument.GAD7, List.of(new Band(1, "Low"), new Band(1, "Same"), new Band(30, ""))))
                .containsExactly("The first band starts at 0.", "Band 2 must start above the band before it (1).",
                        "Band 3 needs a label.", "Band 3 starts at 30, outside 0 to 21.");
    }

    @Test
    void theSparklineRunsOldestFirstOverTheInstrumentsRange() {
        assertThat(Trend.sparkline(List.of(0, 27, 14), 27)).isEqualTo("\u2581\u2588\u2585");
        assertThat(Trend.sparkline(List.of(), 27)).isEmpty();
    }
}
