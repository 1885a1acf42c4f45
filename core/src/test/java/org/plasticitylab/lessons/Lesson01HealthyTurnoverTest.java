package org.plasticitylab.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plasticitylab.metrics.Column;
import org.plasticitylab.network.NetworkSnapshot;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.sim.Result;
import org.plasticitylab.sim.Simulation;

/** The claims of docs/lessons/01-healthy-turnover/README.md, "Things to notice". */
class Lesson01HealthyTurnoverTest {
    private static final Scenario LESSON = LessonRuns.load("01-healthy-turnover", "scenario.yaml");

    @Test
    @DisplayName("Synapse density stays within 5 % of its day-0 value for all twelve weeks")
    void densityStaysWithinFivePercent() {
        for (Result r : LessonRuns.of(LESSON)) {
            double start = r.series().value(Column.SYNAPSE_DENSITY, 0);
            for (double d : r.series().column(Column.SYNAPSE_DENSITY)) {
                assertThat(Math.abs(d - start)).isLessThan(0.05 * start);
            }
        }
    }

    @Test
    @DisplayName("Both memories hold: positive and negative recall never fall below 0.9")
    void bothMemoriesHold() {
        for (Result r : LessonRuns.of(LESSON)) {
            for (Column c : List.of(Column.POSITIVE_RECALL, Column.NEGATIVE_RECALL)) {
                assertThat(LessonRuns.min(r, c)).as(c.label()).isGreaterThanOrEqualTo(0.9);
            }
        }
    }

    @Test
    @DisplayName("The mood index stays above 90 throughout")
    void moodStaysHigh() {
        for (Result r : LessonRuns.of(LESSON)) {
            assertThat(LessonRuns.min(r, Column.MOOD_INDEX)).isGreaterThan(90);
        }
    }

    @Test
    @DisplayName("Yet the synapses are not the same: more than half of those present on day 0"
            + " are gone by day 84, and as many new ones (within 5 %) have formed")
    void synapsesTurnOver() {
        Simulation[] sim = new Simulation[1];
        NetworkSnapshot[] dayZero = new NetworkSnapshot[1];
        // the first call comes after the first recorded step: the day-0 network
        sim[0] = Simulation.builder(LESSON).listener(view -> {
            if (dayZero[0] == null) {
                dayZero[0] = sim[0].snapshot();
            }
        }).build();
        sim[0].run();
        NetworkSnapshot end = sim[0].snapshot();
        int present = 0;
        int gone = 0;
        int formed = 0;
        for (int s = 0; s < end.neurons() * end.slotsPerNeuron(); s++) {
            present += dayZero[0].present(s) ? 1 : 0;
            gone += dayZero[0].present(s) && !end.present(s) ? 1 : 0;
            formed += !dayZero[0].present(s) && end.present(s) ? 1 : 0;
        }
        assertThat((double) gone / present).isGreaterThan(0.5);
        assertThat((double) formed / gone).isBetween(0.95, 1.05);
    }
}
