package org.plasticitylab.viz.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plasticitylab.metrics.Column;
import org.plasticitylab.metrics.Summary;
import org.plasticitylab.metrics.TimeSeries;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.scenario.Timeline;
import org.plasticitylab.sim.Result;
import org.plasticitylab.viz.TestRuns;

class ComparisonDataTest {
    private static Result run(String name, long seed) {
        TimeSeries s = TestRuns.hourly(1, 2, 3);
        Scenario scenario = Scenario.builder(name).seed(seed).build();
        return new Result(scenario, s, Summary.of(s, new Timeline(scenario).course()), true, 0);
    }

    @Test
    void overlayHasOneSeriesPerRunNamedAfterItsScenario() {
        var c = ComparisonData.overlay(List.of(run("a", 1), run("b", 1)), Column.PLASTICITY, 100);
        assertThat(c.getSeriesCount()).isEqualTo(2);
        assertThat(c.getSeriesKey(1)).isEqualTo("b");
        assertThat(c.getYValue(1, 2)).isEqualTo(3);
    }

    @Test
    void runsSharingANameAreToldApartBySeedThenByCounter() {
        assertThat(ComparisonData.seriesNames(List.of(run("a", 1), run("a", 2), run("a", 2))))
                .containsExactly("a (seed 1)", "a (seed 2)", "a (seed 2) #2");
    }
}
