package org.plasticitylab.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plasticitylab.lessons.LessonRuns.at;
import static org.plasticitylab.lessons.LessonRuns.mean;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plasticitylab.metrics.Column;
import org.plasticitylab.metrics.Improvement;
import org.plasticitylab.metrics.Recovery;
import org.plasticitylab.scenario.Presets;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.scenario.Timeline;
import org.plasticitylab.sim.Result;

/**
 * The claims of docs/lessons/05-treatment-plans/README.md, "Things to notice". Response,
 * relapse and days to relapse are read as MODEL.md defines them ({@link Recovery}).
 */
class Lesson05TreatmentPlansTest {
    private static final String LESSON = "05-treatment-plans";
    private static final Scenario ONE_DOSE = LessonRuns.load(LESSON, "one-dose.yaml");
    private static final Scenario SERIES = LessonRuns.load(LESSON, "series.yaml");
    private static final Scenario SERIES_THERAPY = LessonRuns.load(LESSON, "series-therapy.yaml");
    private static final Scenario MAINTENANCE = LessonRuns.load(LESSON, "scenario.yaml");
    private static final Scenario SSRI = LessonRuns.load(LESSON, "ssri-therapy.yaml");
    private static final Scenario RELIEF = Presets.get("stress-relief");
    private static final List<Scenario> PLANS = List.of(ONE_DOSE, SERIES, SERIES_THERAPY,
            MAINTENANCE, SSRI);
    private static final double START = 42;
    private static final double LAST_SERIES_DOSE = 53;

    @BeforeAll
    static void startRuns() {
        LessonRuns.prefetch(MAINTENANCE, SERIES_THERAPY, SERIES, SSRI, ONE_DOSE, RELIEF);
    }

    @Test
    @DisplayName("One dose improves the mood but brings no response, and the improvement is gone"
            + " within about a week (f below 0.15 eight days after the dose)")
    void oneDoseFadesWithinAWeek() {
        for (Result r : LessonRuns.of(ONE_DOSE)) {
            assertThat(r.summary().responded()).as("a response").isFalse();
            assertThat(r.summary().peakImprovement()).isBetween(0.3, 0.5);
            assertThat(improvement(r).at((int) START + 8)).isLessThan(0.15);
        }
    }

    @Test
    @DisplayName("A series of six doses brings a response after two or three doses, and relapses"
            + " 10 to 20 days after the last dose on average")
    void aSeriesRespondsThenRelapses() {
        List<Result> runs = LessonRuns.of(SERIES);
        for (Result r : runs) {
            Recovery c = recovery(r);
            assertThat(c.responded()).as("a response").isTrue();
            // the third dose is on day 46: a response by the probe of the day after it
            assertThat(c.responseDay()).isBetween(44.0, 47.0);
            assertThat(c.relapsed()).as("a relapse").isTrue();
            assertThat(c.relapseDay() - LAST_SERIES_DOSE).isEqualTo(c.daysToRelapse());
        }
        assertThat(mean(runs, r -> recovery(r).daysToRelapse())).isBetween(10.0, 20.0);
    }

    @Test
    @DisplayName("With therapy during the series the response lasts months: the improvement"
            + " stays at 0.5 or more to day 140, twelve weeks after the last dose")
    void therapyMakesItLastMonths() {
        for (Result r : LessonRuns.of(SERIES_THERAPY)) {
            Recovery c = recovery(r);
            assertThat(c.responded()).as("a response").isTrue();
            assertThat(lowestFrom(r, (int) c.responseDay(), 140)).isGreaterThanOrEqualTo(0.5);
            if (c.relapsed()) {
                assertThat(c.daysToRelapse()).isGreaterThanOrEqualTo(12 * 7);
            }
        }
    }

    @Test
    @DisplayName("Maintenance keeps the response to the end of week 26 on every seed")
    void maintenanceKeepsItToTheEnd() {
        for (Result r : LessonRuns.of(MAINTENANCE)) {
            assertThat(r.scenario().days()).isEqualTo(26 * 7);
            Recovery c = recovery(r);
            assertThat(c.responded()).as("a response").isTrue();
            assertThat(c.relapsed()).as("a relapse").isFalse();
            assertThat(lowestFrom(r, (int) c.responseDay(), (int) r.scenario().days()))
                    .isGreaterThanOrEqualTo(0.5);
        }
    }

    @Test
    @DisplayName("An SSRI-like course with the same therapy builds over weeks: less than a third"
            + " of its rise in plasticity comes in the first three days, and in this model it"
            + " brings no response")
    void theSsriLikeCourseIsSlow() {
        for (Result r : LessonRuns.of(SSRI)) {
            double before = at(r, Column.PLASTICITY, START);
            double rise3d = at(r, Column.PLASTICITY, START + 3) - before;
            assertThat(rise3d).isLessThan((r.series().last(Column.PLASTICITY) - before) / 3);
            assertThat(recovery(r).responded()).as("a response").isFalse();
        }
    }

    @Test
    @DisplayName("Without stress the network recovers on its own, but slowly: after the stress"
            + " ends (stress-relief), the improvement reaches 0.5 in three to four weeks, against"
            + " three days with the series and therapy")
    void withoutStressTheNetworkRecoversSlowly() {
        for (Result r : LessonRuns.of(RELIEF)) {
            assertThat(recovery(r).responseDay() - Presets.RELIEF_DAY).isBetween(21.0, 28.0);
        }
        for (Result r : LessonRuns.of(SERIES_THERAPY)) {
            assertThat(recovery(r).responseDay() - START).isEqualTo(3);
        }
    }

    @Test
    @DisplayName("Spines are restored, not multiplied: in no plan does density rise above 1.07"
            + " times its healthy day-0 value")
    void spinesAreRestoredNotMultiplied() {
        for (Scenario plan : PLANS) {
            for (Result r : LessonRuns.of(plan)) {
                double highest = Arrays.stream(r.series().column(Column.SYNAPSE_DENSITY)).max()
                        .orElseThrow();
                assertThat(highest / r.series().value(Column.SYNAPSE_DENSITY, 0)).as(plan.name())
                        .isLessThanOrEqualTo(1.07);
            }
        }
    }

    private static Recovery recovery(Result r) {
        return Recovery.of(r.series(), new Timeline(r.scenario()).course());
    }

    private static Improvement improvement(Result r) {
        return Improvement.of(r.series(), new Timeline(r.scenario()).course().preHours());
    }

    /** Lowest improvement on the daily probes from {@code fromDay} to {@code toDay}. */
    private static double lowestFrom(Result r, int fromDay, int toDay) {
        Improvement f = improvement(r);
        double lowest = Double.POSITIVE_INFINITY;
        for (int d = fromDay; d <= toDay; d++) {
            lowest = Math.min(lowest, f.at(d));
        }
        return lowest;
    }
}
