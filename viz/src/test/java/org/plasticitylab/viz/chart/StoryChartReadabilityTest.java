package org.plasticitylab.viz.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.plasticitylab.network.NetworkSpec;
import org.plasticitylab.scenario.NmdaBlock;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.scenario.ScenarioBuilder;
import org.plasticitylab.sim.Result;
import org.plasticitylab.sim.Simulation;

/**
 * Issue 13, item 11: a drug-free story showed a drug axis of 5E-9 / 0E0 / -5E-9, the healthy
 * baseline's label was cut off at an axis ending at 1.0, and a run without therapy listed
 * "therapy session" in its legend.
 */
class StoryChartReadabilityTest {
    private static Result run(ScenarioBuilder b) {
        return Simulation.run(b.days(4).burnInDays(1).network(new NetworkSpec(80, 20)).build());
    }

    private static List<XYPlot> panels(JFreeChart chart) {
        return ((CombinedDomainXYPlot) chart.getPlot()).getSubplots();
    }

    @Test
    void aDrugFreeRunHasAPlainDrugAxisAndRoomAboveTheBaseline() {
        JFreeChart chart = StoryChart.create(run(Scenario.builder("calm")));
        List<XYPlot> panels = panels(chart);
        NumberAxis drug = (NumberAxis) panels.get(0).getRangeAxis();
        assertThat(drug.getLowerBound()).isEqualTo(0.0);
        assertThat(drug.getUpperBound()).isEqualTo(1.0);
        assertThat(drug.getNumberFormatOverride().format(5e-9)).isEqualTo("0");
        assertThat(drug.getNumberFormatOverride().format(0.25)).isEqualTo("0.25");
        NumberAxis plasticity = (NumberAxis) panels.get(1).getRangeAxis();
        assertThat(plasticity.getUpperBound()).isGreaterThanOrEqualTo(1.3);
        ChartRenderTest.rendersAtSlideSize(chart);
    }

    @Test
    void theLegendListsOnlyWhatTheScenarioHas() {
        JFreeChart chart = StoryChart.create(run(Scenario.builder("one-dose")
                .treatment(NmdaBlock.standard(1.0))));
        LegendItemCollection legend = chart.getPlot().getLegendItems();
        List<String> labels = new java.util.ArrayList<>();
        for (int i = 0; i < legend.getItemCount(); i++) {
            LegendItem item = legend.get(i);
            labels.add(item.getLabel());
        }
        assertThat(labels).contains(StoryChart.DOSE_KEY).doesNotContain(StoryChart.THERAPY_KEY);
    }
}
