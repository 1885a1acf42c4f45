package org.plasticitylab.lessons;

import static org.assertj.core.api.Assertions.assertThat;
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
import org.plasticitylab.scenario.Scenario;
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
    }

    @Test
    @DisplayName("Three weeks after the dose density is back within 5 % of the run without it,"
            + " and positive recall never came back")
    void withoutTherapyTheDoseLeavesNoTrace() {
        List<Result> dosed = LessonRuns.of(LESSON);
        List<Result> undosed = LessonRuns.of(NO_DOSE);
        double day = DOSE_DAY + 21;
        double with = meanAt(dosed, Column.SYNAPSE_DENSITY, day);
        double without = meanAt(undosed, Column.SYNAPSE_DENSITY, day);
        assertThat(Math.abs(with - without)).isLessThan(0.05 * without);
        for (Result r : dosed) {
            int from = r.series().rowAtOrAfter(DOSE_DAY * 24);
            assertThat(max(r.series().column(Column.POSITIVE_RECALL), from))
                    .as("positive recall after the dose").isLessThan(0.1);
        }
    }

    private static double max(double[] values, int from) {
        double m = 0;
        for (int i = from; i < values.length; i++) {
            m = Math.max(m, values[i]);
        }
        return m;
    }

    private static Finding finding(Result r, String topic) {
        return Narrative.explain(r).findings().stream().filter(f -> f.topic().equals(topic))
                .findFirst().orElseThrow();
    }
}
