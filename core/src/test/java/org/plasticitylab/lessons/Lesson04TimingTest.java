package org.plasticitylab.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.plasticitylab.lessons.LessonRuns.mean;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plasticitylab.metrics.Column;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.scenario.io.ScenarioFiles;
import org.plasticitylab.sim.Result;

/**
 * The claims of docs/lessons/04-timing/README.md, "Things to notice". The delay between the dose
 * and the first therapy session is set the way the page's sweep sets it: by moving the dose day
 * ({@code treatments[0].days[0]}) while the therapy stays on days 56-61.
 */
class Lesson04TimingTest {
    private static final Scenario LESSON = LessonRuns.load("04-timing", "scenario.yaml");
    private static final double THERAPY_DAY = 56;
    private static final Scenario SAME_DAY = delay(0);
    private static final Scenario TWO_WEEKS_LATER = delay(14);
    private static final Scenario NO_DOSE = LESSON.toBuilder().clearTreatments().build();

    @BeforeAll
    static void startRuns() {
        LessonRuns.prefetch(SAME_DAY, TWO_WEEKS_LATER, NO_DOSE);
        for (double days : new double[] {2, 4, 10, 12}) {
            LessonRuns.prefetch(delay(days));
        }
    }

    @Test
    @DisplayName("Therapy that starts on the dose day leaves positive recall at least 0.3 higher"
            + " than the same therapy starting two weeks after the dose")
    void therapyInsideTheWindowBeatsTherapyTwoWeeksLater() {
        assertThat(endRecall(SAME_DAY) - endRecall(TWO_WEEKS_LATER)).isGreaterThanOrEqualTo(0.3);
    }

    @Test
    @DisplayName("Therapy two weeks after the dose does no better than therapy with no dose at"
            + " all: both leave positive recall at about 0.3, within 0.05 of each other")
    void therapyAfterTheWindowIsLikeNoDose() {
        assertThat(endRecall(TWO_WEEKS_LATER)).isCloseTo(endRecall(NO_DOSE), offset(0.05));
        assertThat(endRecall(NO_DOSE)).isBetween(0.2, 0.4);
    }

    @Test
    @DisplayName("The benefit lasts about as long as the window stays open: with a delay of up to"
            + " 4 days positive recall ends at 0.7 or more; with a delay of 10 days or more it is"
            + " within 0.1 of therapy without a dose")
    void theBenefitLastsAboutAsLongAsTheWindow() {
        for (double days : new double[] {0, 2, 4}) {
            assertThat(endRecall(delay(days))).as("delay " + days).isGreaterThanOrEqualTo(0.7);
        }
        for (double days : new double[] {10, 12, 14}) {
            assertThat(endRecall(delay(days)) - endRecall(NO_DOSE)).as("delay " + days)
                    .isLessThan(0.1);
        }
    }

    private static double endRecall(Scenario s) {
        List<Result> runs = LessonRuns.of(s);
        return mean(runs, r -> r.series().last(Column.POSITIVE_RECALL));
    }

    /** The lesson with the dose {@code days} before the first therapy session. */
    private static Scenario delay(double days) {
        return ScenarioFiles.with(LESSON, "treatments[0].days[0]", THERAPY_DAY - days);
    }
}
