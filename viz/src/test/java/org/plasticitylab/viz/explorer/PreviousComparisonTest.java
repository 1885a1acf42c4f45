package org.plasticitylab.viz.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.junit.jupiter.api.Test;
import org.plasticitylab.network.NetworkSpec;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.sim.Result;
import org.plasticitylab.sim.Simulation;
import org.plasticitylab.viz.chart.ChartGrid;
import org.plasticitylab.viz.chart.ComparisonChart;
import org.plasticitylab.viz.chart.Palette;

class PreviousComparisonTest {
    private static Result run(double stress) {
        return Simulation.run(Scenario.builder("plan").days(4).burnInDays(1).stress(0, 4, stress)
                .network(new NetworkSpec(80, 30)).build());
    }

    @Test
    void theLegendNamesBothRunsAndEachPanelKeepsItsMetricsColourWithTheRunsToldApartByDashes() {
        ChartGrid grid = PreviousComparison.chart(run(0), "the plan before", run(0.5), "now");
        for (int i = 0; i < grid.panels().size(); i++) {
            JFreeChart panel = grid.panels().get(i);
            assertThat(panel.getXYPlot().getDataset().getSeriesKey(0).toString())
                    .isEqualTo("previous: the plan before");
            assertThat(panel.getXYPlot().getDataset().getSeriesKey(1).toString())
                    .isEqualTo("current: now");
            XYItemRenderer r = panel.getXYPlot().getRenderer();
            assertThat(r.getSeriesPaint(0)).isEqualTo(r.getSeriesPaint(1))
                    .isEqualTo(Palette.of(ComparisonChart.KEY_METRICS.get(i)));
            assertThat(((BasicStroke) r.getSeriesStroke(0)).getDashArray()).isNotNull();
            assertThat(((BasicStroke) r.getSeriesStroke(1)).getDashArray()).isNull();
        }
    }
}
