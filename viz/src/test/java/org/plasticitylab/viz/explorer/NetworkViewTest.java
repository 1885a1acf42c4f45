package org.plasticitylab.viz.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.plasticitylab.network.NetworkSnapshot;
import org.plasticitylab.network.NetworkSpec;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.sim.Simulation;
import org.plasticitylab.viz.chart.Palette;

class NetworkViewTest {
    private static final int WIDTH = 800;
    private static final int HEIGHT = 600;

    private static Simulation small(double stress) {
        return Simulation.create(Scenario.builder("view").days(20).burnInDays(1)
                .stress(0, 20, stress).network(new NetworkSpec(80, 30)).build());
    }

    private static BufferedImage paint(NetworkView view) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        view.paint(image.getGraphics());
        return image;
    }

    private static int colourAtCentreOfTheFirstUnit(double rate) {
        NetworkSnapshot snapshot = small(0).snapshot();
        double[] rates = new double[snapshot.neurons()];
        rates[0] = rate;
        NetworkView view = new NetworkView();
        view.setSize(WIDTH, HEIGHT);
        view.show(snapshot, rates, SynapseSample.of(snapshot), "day 0");
        NetworkLayout at = view.layoutNow();
        return paint(view).getRGB(at.cellX(0) + at.cell() / 2, at.cellY(0) + at.cell() / 2)
                & 0xFFFFFF;
    }

    /** Pixels of {@code colour} in the blocks of units, below the header and its key. */
    private static long pixelsOf(NetworkView view, Color colour) {
        BufferedImage image = paint(view);
        long n = 0;
        for (int y = view.layoutNow().blockY(0); y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                n += (image.getRGB(x, y) & 0xFFFFFF) == (colour.getRGB() & 0xFFFFFF) ? 1 : 0;
            }
        }
        return n;
    }

    @Test
    void anActiveUnitIsLitInTheActivityColourAndASilentOneIsNot() {
        assertThat(colourAtCentreOfTheFirstUnit(1)).isEqualTo(Palette.ACTIVITY.getRGB() & 0xFFFFFF);
        assertThat(colourAtCentreOfTheFirstUnit(0))
                .isNotEqualTo(Palette.ACTIVITY.getRGB() & 0xFFFFFF);
    }

    @Test
    void theSampleStaysInsideEachUnitsOwnRegion() {
        NetworkSnapshot snapshot = small(0).snapshot();
        SynapseSample sample = SynapseSample.of(snapshot);
        assertThat(sample.size()).isEqualTo(snapshot.neurons() * SynapseSample.PER_UNIT);
        for (int i = 0; i < sample.size(); i++) {
            assertThat(sample.pre(i) / snapshot.regionSize())
                    .isEqualTo(sample.post(i) / snapshot.regionSize());
            assertThat(sample.pre(i)).isNotEqualTo(sample.post(i));
        }
    }

    @Test
    void underStressSampledSynapsesArePrunedAndDrawnFadingInThePrunedColour() {
        AtomicReference<SynapseSample> read = new AtomicReference<>();
        Simulation sim = Simulation.builder(small(1).scenario()).listener(v -> {
            if (read.get() != null) {
                read.get().read(v);
            }
        }).build();
        sim.step();
        NetworkSnapshot first = sim.snapshot();
        SynapseSample sample = SynapseSample.of(first);
        read.set(sample);
        NetworkView view = new NetworkView();
        view.setSize(WIDTH, HEIGHT);
        view.show(first, new double[first.neurons()], sample, "day 0");
        assertThat(view.turnover().marked(false)).as("no change marked in the first picture")
                .isZero();
        assertThat(pixelsOf(view, Palette.SYNAPSE_PRUNED)).isZero();
        int pruned = 0;
        NetworkSnapshot last = first;
        for (int day = 0; day < 10 && pruned == 0; day++) {
            for (int s = 0; s < 96; s++) {
                sim.step();
            }
            last = sim.snapshot();
            view.show(last, new double[first.neurons()], sample, "day " + day);
            pruned = view.turnover().marked(false);
        }
        assertThat(pruned).as("sampled synapses lost under stress 1").isPositive();
        assertThat(pixelsOf(view, Palette.SYNAPSE_PRUNED)).isPositive();
        view.show(last, new double[first.neurons()], sample, "the same moment");
        assertThat(view.turnover().marked(false)).as("a repaint keeps the marks").isEqualTo(pruned);
        for (int picture = 0; picture < SynapseTurnover.FADE_PICTURES; picture++) {
            view.show(sim.snapshot(), new double[first.neurons()], sample, "later");
        }
        assertThat(view.turnover().marked(false)).as("faded out").isZero();
    }
}
