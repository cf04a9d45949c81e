package com.pathway.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import com.pathway.reporting.internal.DayFigures.Counts;
import com.pathway.reporting.internal.DayFigures.Histogram;
import com.pathway.reporting.internal.DayFigures.Levels;
import com.pathway.reporting.internal.DayFigures.Packer;
import com.pathway.reporting.internal.DayFigures.Pairs;
import com.pathway.reporting.internal.DayFigures.Unpacker;

class DayFiguresTest {

    /** percentile_cont: between the values at the ranks around p × (n − 1). */
    private static double exact(double[] sorted, double p) {
        double rank = p * (sorted.length - 1);
        int lo = (int) Math.floor(rank);
        int hi = (int) Math.ceil(rank);
        return sorted[lo] + (rank - lo) * (sorted[hi] - sorted[lo]);
    }

    @Test
    void mediansAndNinetiethPercentilesAddedUpOverManyDaysAreWithinOnePercentOfTheExactOnes() {
        Random random = new Random(42);
        for (int run = 0; run < 50; run++) {
            int n = 1 + random.nextInt(5_000);
            double[] values = new double[n];
            Histogram total = new Histogram();
            Histogram day = new Histogram();
            for (int i = 0; i < n; i++) {
                // from seconds to months, as times to a first contact or in a stage are
                values[i] = Math.exp(random.nextGaussian() * 2.5 + 10);
                day.add(values[i]);
                if (i % 97 == 0) { // a day's histogram packed, read back and added to the total
                    Packer out = new Packer();
                    day.write(out);
                    total.read(new Unpacker(out.bytes()));
                    day = new Histogram();
                }
            }
            Packer out = new Packer();
            day.write(out);
            total.read(new Unpacker(out.bytes()));
            Arrays.sort(values);

            assertThat(total.total()).isEqualTo(n);
            for (double p : new double[] {0.5, 0.9}) {
                double exact = exact(values, p);
                assertThat(total.percentile(p)).as("run %d, p %s, n %d", run, p, n).isCloseTo(exact, within(exact * 0.01));
            }
        }
    }

    @Test
    void anEmptyHistogramHasNoPercentileAndTimesUnderASecondCountAsNothing() {
        Histogram h = new Histogram();
        assertThat(h.percentile(0.5)).isNull();

        h.add(0.2);
        h.add(-5); // a contact recorded before the inquiry, by a clock set wrong
        assertThat(h.total()).isEqualTo(2);
        assertThat(h.percentile(0.9)).isZero();
        h.add(1e12); // past the last bucket: counted in it
        assertThat(h.total()).isEqualTo(3);
    }

    @Test
    void daysPairsAndLevelsReadBackWhatWasPackedAndAddUp() {
        Counts days = new Counts();
        days.add(20_400, 3);
        days.add(20_390, 1);
        Pairs pairs = new Pairs();
        pairs.add("dana", null, 2);
        pairs.add(null, "dr.kim", 1);
        pairs.add("1", "Lost contact", 4);
        Levels levels = new Levels();
        levels.builtAt = 1_000;
        levels.response[0] = 3;
        levels.response[2] = 1;
        levels.response[3] = 1;
        levels.responsePending.add(2_000L);
        levels.consultationPending.add(500L);
        Packer out = new Packer().number(-7).text(null).text("é");
        days.write(out);
        pairs.write(out);
        levels.write(out);

        Unpacker in = new Unpacker(out.bytes());
        assertThat(in.number()).isEqualTo(-7);
        assertThat(in.text()).isNull();
        assertThat(in.text()).isEqualTo("é");
        Counts readDays = new Counts();
        readDays.read(in);
        readDays.add(days);
        assertThat(readDays.asMap()).containsExactly(java.util.Map.entry(20_390, 2L), java.util.Map.entry(20_400, 6L));
        Pairs readPairs = new Pairs();
        readPairs.read(in);
        assertThat(readPairs.counts).isEqualTo(pairs.counts);
        Levels readLevels = new Levels();
        readLevels.read(in);
        assertThat(readLevels.builtAt).isEqualTo(1_000);
        assertThat(readLevels.response).containsExactly(3, 0, 1, 1);
        assertThat(Levels.missed(readLevels.response, readLevels.responsePending, 1_500)).isEqualTo(2);
        assertThat(Levels.missed(readLevels.response, readLevels.responsePending, 2_001)).isEqualTo(3);
        assertThat(readLevels.consultationPending).isEqualTo(List.of(500L));
    }

    @Test
    void countsKeepTheirNumbersInOrderWhateverOrderTheyArriveInAndAddUpAgainstAPlainMap() {
        Random random = new Random(7);
        Counts counts = new Counts();
        Counts other = new Counts();
        java.util.TreeMap<Integer, Long> expected = new java.util.TreeMap<>();
        for (int i = 0; i < 5_000; i++) {
            int key = random.nextInt(700) - 100; // negative numbers too
            long n = 1 + random.nextInt(5);
            (i % 3 == 0 ? other : counts).add(key, n);
            expected.merge(key, n, Long::sum);
        }
        counts.add(other);
        assertThat(counts.asMap()).containsExactlyEntriesOf(expected);

        DayFigures.Packer out = new DayFigures.Packer();
        counts.write(out);
        Counts read = new Counts();
        read.read(new DayFigures.Unpacker(out.bytes()));
        assertThat(read.asMap()).containsExactlyEntriesOf(expected);
    }
    @Test
    void daysInTheClinicsZoneAgreeWithTheCalendarAcrossDaylightSavingTransitions() {
        Random random = new Random(11);
        for (String id : List.of("UTC", "Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata")) {
            java.time.ZoneId zone = java.time.ZoneId.of(id);
            DayTotals.ZoneDays days = new DayTotals.ZoneDays(zone);
            long start = java.time.Instant.parse("2024-01-01T00:00:00Z").getEpochSecond();
            for (int i = 0; i < 20_000; i++) {
                // back and forth over three years, and on the hours around the transitions
                java.time.Instant at = java.time.Instant.ofEpochSecond(start + random.nextLong(3 * 366 * 86_400L));
                if (i % 2 == 0) {
                    at = at.truncatedTo(java.time.temporal.ChronoUnit.HOURS).plusSeconds(random.nextInt(3) - 1);
                }
                assertThat(days.of(at)).as("%s in %s", at, id)
                        .isEqualTo((int) java.time.LocalDate.ofInstant(at, zone).toEpochDay());
            }
        }
    }
}
