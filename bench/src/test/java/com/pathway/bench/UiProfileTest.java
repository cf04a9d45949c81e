package com.pathway.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class UiProfileTest {

    @Test
    void paceIsTheDataCenterToolkitsActionsPerUser() {
        // 200 users, 54,500 actions an hour: one action every 13.2 s per user.
        assertThat(UiProfileScenario.SECONDS_PER_ACTION).isBetween(13.2, 13.22);
    }

    @Test
    void actionSharesAddUpToAllActions() {
        assertThat(Arrays.stream(UiProfileScenario.Action.values()).mapToInt(a -> a.share).sum()).isEqualTo(100);
        assertThat(UiProfileScenario.Action.at(0)).isEqualTo(UiProfileScenario.Action.MY_WORK);
        assertThat(UiProfileScenario.Action.at(10)).isEqualTo(UiProfileScenario.Action.LEAD_LIST);
        assertThat(UiProfileScenario.Action.at(99)).isEqualTo(UiProfileScenario.Action.NOTE);
        assertThatThrownBy(() -> UiProfileScenario.Action.at(100)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void capacityIsTheFastestStepWithinBound() {
        var fast = new Latencies.Summary(100, 20, 60, 90, 120);
        var slow = new Latencies.Summary(100, 90, 240, 400, 900);
        assertThat(UiProfileScenario.capacity(300, List.of(new UiProfileScenario.Step(2, fast),
                new UiProfileScenario.Step(4, fast), new UiProfileScenario.Step(8, slow)))).isEqualTo(1_200);
        // The first faster step already misses: the profile's own pace (which was within bound) is the capacity.
        assertThat(UiProfileScenario.capacity(300, List.of(new UiProfileScenario.Step(2, slow)))).isEqualTo(300);
        // The profile's pace missed, so the search went down until a step was within bound.
        assertThat(UiProfileScenario.capacity(300, List.of(new UiProfileScenario.Step(0.5, slow),
                new UiProfileScenario.Step(0.25, fast)))).isEqualTo(75);
        assertThat(UiProfileScenario.capacity(300, List.of(new UiProfileScenario.Step(0.5, slow)))).isZero();
        // A step in which no round trip was made (every user failed) holds no one.
        var none = new Latencies.Summary(0, 0, 0, 0, 0);
        assertThat(UiProfileScenario.capacity(300, List.of(new UiProfileScenario.Step(0.5, none)))).isZero();
    }

    @Test
    void aCardsNextColumnIsTheCellBesideItInTheSameLane() {
        assertThat(UiSession.nextCell("cell-3")).contains("cell-4");
        assertThat(UiSession.nextCell("cell-0-jane")).contains("cell-1-jane");
        assertThat(UiSession.nextCell("cell-x")).isEmpty();
        assertThat(UiSession.nextCell("cell-")).isEmpty();
    }

    @Test
    void smallRunsAreShorterButAsManyUsers() {
        assertThat(Scale.SMALL.profileUsers()).isEqualTo(300);
        assertThat(Scale.M1.profileDuration()).isGreaterThanOrEqualTo(Duration.ofMinutes(15));
        assertThat(Scale.SMALL.profileDuration()).isLessThan(Scale.M1.profileDuration());
        assertThat(Scale.SMALL.dragUsers()).isEqualTo(50);
        assertThat(Scale.SMALL.uiAccounts()).isGreaterThanOrEqualTo(300);
    }
}
