package org.plasticitylab.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plasticitylab.metrics.Column;
import org.plasticitylab.metrics.TimeSeries;
import org.plasticitylab.network.NetworkSpec;
import org.plasticitylab.scenario.NmdaBlock;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.scenario.ScenarioBuilder;

/**
 * Issue 13, items 9 and 10: the first row shows the plasticity of day 0's conditions, and the
 * series holds the true peak at the end of every infusion.
 */
class RecordedPeaksTest {
    private static ScenarioBuilder small(String name) {
        return Scenario.builder(name).days(20).burnInDays(1).seed(4)
                .network(new NetworkSpec(80, 20));
    }

    @Test
    void theFirstRowUnderStressShowsTheStressedPlasticity() {
        TimeSeries s = Simulation.run(small("stressed").stress(0, 20, 0.8).build()).series();
        double first = s.value(Column.PLASTICITY, 0);
        assertThat(first).isLessThan(0.9).isCloseTo(s.value(Column.PLASTICITY, 1),
                within(1e-6));
        TimeSeries healthy = Simulation.run(small("healthy").build()).series();
        assertThat(healthy.value(Column.PLASTICITY, 0)).isEqualTo(1.0);
    }

    @Test
    void identicalDosesBetweenStepsPeakAlikeAtTheEndOfEachInfusion() {
        List<Double> days = new ArrayList<>();
        for (int k = 0; k < 7; k++) {
            days.add(2 + 2.2 * k);
        }
        Scenario scenario = small("doses").treatment(new NmdaBlock(0.5, 40, days)).build();
        TimeSeries s = Simulation.run(scenario).series();
        assertThat(s.rows()).isEqualTo(scenario.steps() + 1 + days.size());
        List<Double> peaks = new ArrayList<>();
        for (double day : days) {
            double end = day * 24 + 40.0 / 60;
            int row = s.rowAtOrAfter(end);
            assertThat(s.value(Column.TIME_H, row)).isCloseTo(end, within(1e-9));
            peaks.add(s.value(Column.DRUG_MG_PER_L, row));
            double around = Math.max(s.value(Column.DRUG_MG_PER_L, row - 1),
                    s.value(Column.DRUG_MG_PER_L, row + 1));
            assertThat(s.value(Column.DRUG_MG_PER_L, row)).isGreaterThan(around);
        }
        assertThat(peaks).allSatisfy(p -> assertThat(p).isCloseTo(peaks.get(0), within(1e-3)));
        for (int r = 1; r < s.rows(); r++) {
            assertThat(s.value(Column.TIME_H, r)).isGreaterThan(s.value(Column.TIME_H, r - 1));
        }
    }
}
