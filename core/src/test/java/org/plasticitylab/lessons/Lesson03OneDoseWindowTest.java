package org.plasticitylab.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.plasticitylab.lessons.LessonRuns.at;
import static org.plasticitylab.lessons.LessonRuns.mean;
import static org.plasticitylab.lessons.LessonRuns.meanAt;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plasticitylab.explain.Finding;
import org.plasticitylab.explain.Narrative;
import org.plasticitylab.metrics.Column;
import org.plasticitylab.metrics.Improvement;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.scenario.Timeline;
import org.plasticitylab.sim.Result;

/** The claims of docs/lessons/03-one-dose-window/README.md, "Things to notice". */
class Lesson03OneDoseWindowTest {
    private static final Scenario LESSON = LessonRuns.load("03-one-dose-window", "scenario.yaml");
    private static final Scenario NO_DOSE = LessonRuns.load("03-one-dose-window", "no-dose.yaml");
    private static final double DOSE_DAY = 42;

    @BeforeAll
    static void startRuns() {
        LessonRuns.prefetch(LESSON, NO_DOSE);
    }

    @Test
    @DisplayName("Occupancy peaks at about 0.6 by the end of the 40-minute infusion and is"
            + " nearly gone within a day")
    void occupancyIsAMatterOfMinutes() {
        for (Result r : LessonRuns.of(LESSON)) {
            Finding dose = finding(r, "dose");
            assertThat(dose.numbers().get("peak_occupancy")).isBetween(0.55, 0.7);
            assertThat(dose.numbers().get("minutes_to_peak_occupancy")).isBetween(30.0, 55.0);
            assertThat(at(r, Column.NMDA_OCCUPANCY, DOSE_DAY + 1)).isLessThan(0.05);
        }
    }

    @Test
    @DisplayName("Plasticity peaks within a day at more than three times its pre-dose level")
    void plasticityPeaksWithinADay() {
        for (Result r : LessonRuns.of(LESSON)) {
            Finding window = finding(r, "window");
            assertThat(window.numbers().get("hours_to_peak")).isLessThan(24);
            assertThat(window.numbers().get("peak_ratio")).isGreaterThan(3);
        }
    }

    @Test
    @DisplayName("Mood improves within a day: the improvement is 0.2 or more 24 hours after the"
            + " dose starts and peaks at about 0.35 within three days")
    void moodImprovesWithinADay() {
        List<Result> runs = LessonRuns.of(LESSON);
        for (Result r : runs) {
            assertThat(improvement(r).atHours(DOSE_DAY * 24 + 24)).isGreaterThanOrEqualTo(0.2);
            assertThat(r.summary().peakImprovement()).isBetween(0.3, 0.45);
            assertThat(r.summary().peakImprovementDay()).isBetween(DOSE_DAY, DOSE_DAY + 3);
            assertThat(r.summary().responded()).as("a response").isFalse();
        }
        assertThat(mean(runs, r -> improvement(r).atHours(DOSE_DAY * 24 + 24)))
                .isCloseTo(0.35, offset(0.05));
    }

    @Test
    @DisplayName("The excess plasticity decays with a fitted half-life of about two days, and"
            + " the window (above 1.5 times the pre-dose level) stays open for 4 to 6 days")
    void theWindowLastsDaysNotWeeks() {
        List<Result> runs = LessonRuns.of(LESSON);
        assertThat(mean(runs, r -> finding(r, "window").numbers().get("half_life_days")))
                .isBetween(1.7, 2.5);
        assertThat(mean(runs, r -> finding(r, "window").numbers().get("window_open_days")))
                .isBetween(4.0, 6.0);
    }

    @Test
    @DisplayName("Synapse density rises by more than 30 % within three days of the dose")
    void densityRisesWithinThreeDays() {
        List<Result> runs = LessonRuns.of(LESSON);
        assertThat(meanAt(runs, Column.SYNAPSE_DENSITY, DOSE_DAY + 3))
                .isGreaterThan(1.3 * meanAt(runs, Column.SYNAPSE_DENSITY, DOSE_DAY));
        for (Result r : runs) {
            assertThat(max(r.series().column(Column.SYNAPSE_DENSITY), 0))
                    .as("highest density, never above the healthy one")
                    .isLessThanOrEqualTo(r.series().value(Column.SYNAPSE_DENSITY, 0));
        }
    }

    @Test
    @DisplayName("The improvement fades within about a week: f is back below 0.15 within 8 days"
            + " of the dose and below 0.05 two weeks after it")
    void theImprovementFadesWithinAWeek() {
        for (Result r : LessonRuns.of(LESSON)) {
            Improvement f = improvement(r);
            int back = (int) r.summary().peakImprovementDay();
            while (back <= f.lastDay() && f.at(back) >= 0.15) {
                back++;
            }
            assertThat(back - DOSE_DAY).as("days until f < 0.15").isLessThanOrEqualTo(8);
            assertThat(f.at((int) DOSE_DAY + 14)).isLessThan(0.05);
        }
    }

    @Test
    @DisplayName("Three weeks after the dose density is back within 5 % of the run without it,"
            + " and positive recall is back at 0")
    void withoutTherapyTheDoseLeavesNoTrace() {
        List<Result> dosed = LessonRuns.of(LESSON);
        List<Result> undosed = LessonRuns.of(NO_DOSE);
        double day = DOSE_DAY + 21;
        double with = meanAt(dosed, Column.SYNAPSE_DENSITY, day);
        double without = meanAt(undosed, Column.SYNAPSE_DENSITY, day);
        assertThat(Math.abs(with - without)).isLessThan(0.05 * without);
        for (Result r : dosed) {
            int from = r.series().rowAtOrAfter(50 * 24);
            assertThat(max(r.series().column(Column.POSITIVE_RECALL), from))
                    .as("positive recall from day 50").isLessThan(0.01);
        }
    }

    private static double max(double[] values, int from) {
        double m = 0;
        for (int i = from; i < values.length; i++) {
            m = Math.max(m, values[i]);
        }
        return m;
    }

    private static Improvement improvement(Result r) {
        return Improvement.of(r.series(), new Timeline(r.scenario()).course().preHours());
    }

    private static Finding finding(Result r, String topic) {
        return Narrative.explain(r).findings().stream().filter(f -> f.topic().equals(topic))
                .findFirst().orElseThrow();
    }
}
