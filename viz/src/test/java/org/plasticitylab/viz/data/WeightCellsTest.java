package org.plasticitylab.viz.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.jfree.data.xy.DefaultXYZDataset;
import org.junit.jupiter.api.Test;
import org.plasticitylab.network.NetworkSnapshot;
import org.plasticitylab.network.NetworkSpec;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.sim.Simulation;
import org.plasticitylab.viz.chart.NetworkChart;
import org.plasticitylab.viz.export.ChartExport;

/** Issue 13, item 11: a 2000-unit run wrote a 43 MB network.svg. */
class WeightCellsTest {
    private static NetworkSnapshot network(int neurons) {
        return Simulation.create(Scenario.builder("big").days(1).burnInDays(0)
                .network(new NetworkSpec(neurons, 80)).build()).snapshot();
    }

    @Test
    void aLargeNetworkIsDrawnInBlocksAndItsSvgStaysSmall() {
        NetworkSnapshot big = network(2000);
        assertThat(WeightCells.unitsPerCell(big)).isGreaterThan(1);
        DefaultXYZDataset cells = WeightCells.of(big, "w");
        assertThat(cells.getItemCount(0)).isLessThanOrEqualTo(
                WeightCells.MAX_SIDE * WeightCells.MAX_SIDE);
        double max = 0;
        for (int i = 0; i < cells.getItemCount(0); i++) {
            max = Math.max(max, cells.getZValue(0, i));
        }
        assertThat(max).isPositive().isLessThanOrEqualTo(1);
        LabelledSnapshot shot = new LabelledSnapshot("day 0", 0, big);
        String svg = ChartExport.svg(NetworkChart.weights(shot, shot), 1600, 900);
        assertThat(svg.length()).as("SVG characters").isLessThan(12_000_000);
    }

    @Test
    void theDefaultNetworkKeepsOneDotPerSynapse() {
        NetworkSnapshot small = network(400);
        assertThat(WeightCells.unitsPerCell(small)).isEqualTo(1);
        assertThat(WeightCells.of(small, "w").getItemCount(0))
                .isEqualTo(NetworkData.weights(small, "w").getItemCount(0));
    }
}
