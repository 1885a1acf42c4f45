package org.plasticitylab.viz.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.plasticitylab.network.NetworkSnapshot;
import org.plasticitylab.network.NetworkSpec;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.sim.Simulation;
import org.plasticitylab.viz.chart.Palette;

class NetworkViewTest {
    private static int colourAtCentreOfTheFirstUnit(double rate) {
        Simulation sim = Simulation.create(Scenario.builder("view").days(1).burnInDays(1)
                .network(new NetworkSpec(80, 30)).build());
        NetworkSnapshot snapshot = sim.snapshot();
        double[] rates = new double[snapshot.neurons()];
        rates[0] = rate;
        NetworkView view = new NetworkView();
        view.setSize(800, 600);
        view.show(snapshot, rates, "day 0");
        BufferedImage image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        view.paint(image.getGraphics());
        int side = (int) Math.ceil(Math.sqrt(snapshot.regionSize()));
        int blockW = (800 - 3 * 30) / 2;
        int blockH = (600 - 70 - 3 * 30) / 2;
        int cell = Math.max(2, Math.min(blockW, blockH - 30) / side);
        return image.getRGB(30 + cell / 2, 70 + 15 + 26 + cell / 2) & 0xFFFFFF;
    }

    @Test
    void anActiveUnitIsLitInTheActivityColourAndASilentOneIsNot() {
        assertThat(colourAtCentreOfTheFirstUnit(1)).isEqualTo(Palette.ACTIVITY.getRGB() & 0xFFFFFF);
        assertThat(colourAtCentreOfTheFirstUnit(0))
                .isNotEqualTo(Palette.ACTIVITY.getRGB() & 0xFFFFFF);
    }
}
