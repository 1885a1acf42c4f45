package org.plasticitylab.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plasticitylab.lessons.LessonRuns.at;
import static org.plasticitylab.lessons.LessonRuns.mean;
import static org.plasticitylab.lessons.LessonRuns.meanAt;
import static org.plasticitylab.lessons.LessonRuns.meanOver;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plasticitylab.metrics.Column;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.sim.Result;

/** The claims of docs/lessons/05-treatment-plans/README.md, "Things to notice". */
class Lesson05TreatmentPlansTest {
    private static final String LESSON = "05-treatment-plans";
    private static final Scenario MAINTENANCE = LessonRuns.load(LESSON, "scenario.yaml");
    private static final Scenario SERIES = LessonRuns.load(LESSON, "series-therapy.yaml");
    private static final Scenario SSRI = LessonRuns.load(LESSON, "ssri-therapy.yaml");
    private static final double START = 42;

    @BeforeAll
    static void startRuns() {
        LessonRuns.prefetch(MAINTENANCE, SERIES, SSRI);
    }

    @Test
    @DisplayName("By day 56 the series with therapy has rebuilt positive recall (0.5 or more);"
            + " the SSRI-like course with the same therapy has not (below 0.1)")
    void theSeriesRebuildsWhatTheSsriLikeCourseDoesNot() {
        assertThat(meanAt(LessonRuns.of(SERIES), Column.POSITIVE_RECALL, 56))
                .isGreaterThanOrEqualTo(0.5);
        assertThat(meanAt(LessonRuns.of(SSRI), Column.POSITIVE_RECALL, 56)).isLessThan(0.1);
    }

    @Test
    @DisplayName("The SSRI-like course raises plasticity over weeks: less than a third of its"
            + " rise comes in the first three days")
    void theSsriLikeCourseIsSlow() {
        for (Result r : LessonRuns.of(SSRI)) {
            double before = at(r, Column.PLASTICITY, START);
            double rise3d = at(r, Column.PLASTICITY, START + 3) - before;
            assertThat(rise3d).isLessThan((r.series().last(Column.PLASTICITY) - before) / 3);
        }
    }

    @Test
    @DisplayName("Boosters keep synapse density and plasticity higher than the series alone"
            + " from day 60 to day 98")
    void boostersKeepDensityAndPlasticityUp() {
        for (Column c : List.of(Column.SYNAPSE_DENSITY, Column.PLASTICITY)) {
            assertThat(mean(LessonRuns.of(MAINTENANCE), r -> meanOver(r, c, 60, 98)))
                    .as(c.label())
                    .isGreaterThan(1.2 * mean(LessonRuns.of(SERIES), r -> meanOver(r, c, 60, 98)));
        }
    }

    @Test
    @DisplayName("Boosters delay the fade: on day 70 positive recall is higher with maintenance"
            + " than after the series alone")
    void boostersDelayTheFade() {
        assertThat(meanAt(LessonRuns.of(MAINTENANCE), Column.POSITIVE_RECALL, 70))
                .isGreaterThan(meanAt(LessonRuns.of(SERIES), Column.POSITIVE_RECALL, 70) + 0.2);
    }

    @Test
    @DisplayName("Under unrelenting stress positive recall has faded by day 84 under every plan,"
            + " boosters included")
    void positiveRecallFadesUnderEveryPlan() {
        for (Scenario plan : List.of(MAINTENANCE, SERIES, SSRI)) {
            for (Result r : LessonRuns.of(plan)) {
                assertThat(at(r, Column.POSITIVE_RECALL, 84)).as(plan.name()).isLessThan(0.1);
            }
        }
    }
}
