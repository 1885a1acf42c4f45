package org.plasticitylab.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.plasticitylab.metrics.Column;
import org.plasticitylab.metrics.Summary;
import org.plasticitylab.metrics.TimeSeries;
import org.plasticitylab.network.NetworkSpec;
import org.plasticitylab.scenario.NmdaBlock;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.scenario.TherapySchedule;
import org.plasticitylab.scenario.Timeline;
import org.plasticitylab.sim.Result;
import org.plasticitylab.sim.Simulation;

class NarrativeTest {
    static final Scenario SMALL = Scenario.builder("small")
            .days(12).burnInDays(2).network(new NetworkSpec(80, 20)).stress(0, 12, 0.8)
            .treatment(NmdaBlock.standard(2.0, 4.0))
            .therapy(new TherapySchedule(2, 2, 2, 2)).build();
    private static final Result RUN = Simulation.run(SMALL);

    @Test
    void tellsTheStoryInOrderAndEndsWithTheDisclaimer() {
        Explanation e = Narrative.explain(RUN);
        assertThat(e.findings()).extracting(Finding::topic).containsExactly("overview", "stress",
                "dose", "dose", "therapy", "window", "recovery", "end");
        assertThat(e.text()).endsWith("Toy model for teaching - not medical advice.\n");
    }

    @Test
    void eachDoseQuotesItsOccupancyPeakMinutesAfterTheInfusionStarts() {
        Finding dose = Narrative.explain(RUN).findings().get(2);
        assertThat(dose.numbers().get("peak_occupancy")).isBetween(0.5, 0.7);
        assertThat(dose.numbers().get("minutes_to_peak_occupancy")).isBetween(30.0, 60.0);
        assertThat(dose.text()).startsWith("Dose 1: 0.5 mg/kg over 40 min on day 2.");
    }

    @Test
    void theWindowQuotesTheRiseTheFittedHalfLifeAndHowLongItStayedOpen() {
        Finding window = Narrative.explain(RUN).findings().get(5);
        assertThat(window.numbers().get("peak_ratio")).isGreaterThan(1.5);
        // the boost decays with tau 72 h: half-life 72 ln 2 / 24 = 2.08 days
        assertThat(window.numbers().get("half_life_days")).isBetween(1.5, 2.7);
        assertThat(window.numbers().get("half_life_fit_r_squared")).isGreaterThan(0.9);
        assertThat(window.numbers().get("window_open_days")).isBetween(2.0, 10.0);
        assertThat(window.text()).contains("fitted half-life", "open for");
    }

    @Test
    void therapySessionsAreCountedInsideTheWindow() {
        Finding therapy = Narrative.explain(RUN).findings().get(4);
        assertThat(therapy.numbers().get("sessions_inside_window")).isEqualTo(2.0);
        assertThat(therapy.text()).contains("2 of them fall inside the window");
    }

    @Test
    void withoutDosesThereIsNoWindowFinding() {
        Result therapyOnly = Simulation.run(SMALL.withDays(4).toBuilder().clearTreatments().build());
        assertThat(Narrative.explain(therapyOnly).findings()).extracting(Finding::topic)
                .contains("plasticity").doesNotContain("window", "dose");
    }

    @Test
    void theRecoveryFindingGivesEveryStoryNumberOfTheSummary() {
        Finding recovery = Narrative.explain(RUN).findings().get(6);
        var sum = RUN.summary();
        assertThat(recovery.topic()).isEqualTo("recovery");
        assertThat(recovery.numbers()).containsEntry("pre_day", 2.0)
                .containsEntry("course_end_day", 7.0)
                .containsEntry("responded", sum.responded() ? 1.0 : 0.0)
                .containsEntry("response_day", sum.responseDay())
                .containsEntry("peak_improvement", sum.peakImprovement())
                .containsEntry("days_improved", sum.daysImproved())
                .containsEntry("relapse_day", sum.relapseDay())
                .containsEntry("days_to_relapse", sum.daysToRelapse())
                .containsEntry("improvement_end_of_course", sum.improvementEndOfCourse())
                .containsEntry("improvement_end", sum.improvementEnd());
        assertThat(recovery.text()).contains("the first treatment on day 2",
                "at the end of the induction course (day 7)", "at the end of the run (day 12)");
    }

    @Test
    void aRunWithoutTreatmentWhoseStressNeverChangesHasNoRecoveryFinding() {
        Result stressed = Simulation.run(SMALL.withDays(4).toBuilder().clearTreatments()
                .clearTherapy().build());
        assertThat(Narrative.explain(stressed).findings()).extracting(Finding::topic)
                .doesNotContain("recovery");
    }

    @Test
    void aRunCancelledBeforeTheFirstTreatmentSaysThereIsNoRecoveryToRead() {
        Result early = cancelledOnDay1(Simulation.run(SMALL.toBuilder().clearTreatments()
                .build()));
        Finding recovery = Narrative.explain(early).findings().stream()
                .filter(f -> f.topic().equals("recovery")).findFirst().orElseThrow();
        assertThat(recovery.text()).isEqualTo("The run ends on day 1, before the first treatment"
                + " (day 2): there is no recovery to read.");
        assertThat(recovery.numbers().get("peak_improvement")).isNaN();
    }

    /** The run as if it had been cancelled at the end of day 1. */
    private static Result cancelledOnDay1(Result run) {
        int rows = run.series().rowAtOrAfter(24) + 1;
        double[][] columns = new double[Column.values().length][];
        for (Column c : Column.values()) {
            columns[c.ordinal()] = Arrays.copyOf(run.series().column(c), rows);
        }
        TimeSeries series = new TimeSeries(columns, rows);
        return new Result(run.scenario(), series,
                Summary.of(series, new Timeline(run.scenario()).course()), false, 0);
    }

    @Test
    void theEndIsComparedWithTheHealthyBaseline() {
        Finding end = Narrative.explain(RUN).findings().get(7);
        assertThat(end.text()).contains("against the healthy baseline of day 0");
        assertThat(end.numbers()).containsKeys("density_start", "density_end",
                "positive_recall_end", "mood_index_end");
    }
}
