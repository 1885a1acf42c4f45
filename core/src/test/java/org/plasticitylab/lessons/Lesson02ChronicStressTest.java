package org.plasticitylab.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.plasticitylab.lessons.LessonRuns.at;
import static org.plasticitylab.lessons.LessonRuns.meanAt;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plasticitylab.metrics.Column;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.sim.Result;

/** The claims of docs/lessons/02-chronic-stress/README.md, "Things to notice". */
class Lesson02ChronicStressTest {
    private static final Scenario LESSON = LessonRuns.load("02-chronic-stress", "scenario.yaml");

    @Test
    @DisplayName("By day 28 synapse density has fallen by more than 30 %")
    void densityFallsByMoreThanThirtyPercent() {
        List<Result> runs = LessonRuns.of(LESSON);
        assertThat(meanAt(runs, Column.SYNAPSE_DENSITY, 28))
                .isLessThan(0.7 * meanAt(runs, Column.SYNAPSE_DENSITY, 0));
    }

    @Test
    @DisplayName("The positive memory is lost: positive recall is below 0.1 on day 28 and 0 on"
            + " day 41 on every seed")
    void positiveRecallIsLost() {
        List<Result> runs = LessonRuns.of(LESSON);
        assertThat(meanAt(runs, Column.POSITIVE_RECALL, 28)).isLessThan(0.1);
        for (Result r : runs) {
            assertThat(at(r, Column.POSITIVE_RECALL, 41)).isLessThan(0.01);
        }
    }

    @Test
    @DisplayName("The negative memory is kept: negative recall never falls below 0.8")
    void negativeRecallIsKept() {
        for (Result r : LessonRuns.of(LESSON)) {
            assertThat(LessonRuns.min(r, Column.NEGATIVE_RECALL)).isGreaterThan(0.8);
        }
    }

    @Test
    @DisplayName("Plasticity drops at once to 0.6, its level under stress 0.8")
    void plasticityDropsToItsStressedLevel() {
        for (Result r : LessonRuns.of(LESSON)) {
            assertThat(at(r, Column.PLASTICITY, 1)).isCloseTo(0.6,
                    offset(0.01));
        }
    }
}
