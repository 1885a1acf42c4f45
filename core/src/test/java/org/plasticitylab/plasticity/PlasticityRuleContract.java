package org.plasticitylab.plasticity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.plasticitylab.metrics.Column;
import org.plasticitylab.network.Network;
import org.plasticitylab.network.NetworkSnapshot;
import org.plasticitylab.network.NetworkSpec;
import org.plasticitylab.network.SynapseParameters;
import org.plasticitylab.random.RandomStream;
import org.plasticitylab.scenario.NmdaBlock;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.scenario.TherapySchedule;
import org.plasticitylab.sim.Simulation;

/**
 * The contract every {@link PlasticityRule} must keep, unit by unit and through the engine
 * (which fuses an {@link AffinePlasticityRule} with turnover). A rule's test, a user's too,
 * subclasses this and says how to make the rule.
 */
public abstract class PlasticityRuleContract {
    private static final double MAX = SynapseParameters.defaults().maxWeight();

    /**
     * A new rule under test.
     *
     * @param hebbian learning rate, threshold and decay
     * @param maxWeight the upper weight bound
     * @return the rule
     */
    protected abstract PlasticityRule rule(HebbianParameters hebbian, double maxWeight);

    @Test
    void weightsStayWithinBoundsAndEmptySlotsStayEmpty() {
        Network net = network();
        PlasticityRule rule = rule(new HebbianParameters(5, 0.3, 0.004), MAX);
        RandomStream rng = new RandomStream(7, 0);
        double[] rate = new double[net.neurons()];
        for (int step = 0; step < 200; step++) {
            for (int i = 0; i < rate.length; i++) {
                rate[i] = rng.nextDouble();
            }
            for (int post = 0; post < net.neurons(); post++) {
                rule.update(net, post, rate, 3 * rng.nextDouble(), rng.nextDouble(), 0.25);
            }
        }
        for (int s = 0; s < net.slots(); s++) {
            assertThat(net.weight(s)).isBetween(0f, (float) MAX);
            if (!net.present(s)) {
                assertThat(net.weight(s)).isZero();
            }
        }
    }

    @Test
    void noActivityGivesNoHebbianChange() {
        Network net = network();
        float[] before = weights(net);
        PlasticityRule rule = rule(new HebbianParameters(0.05, 0.3, 0), MAX);
        double[] silent = new double[net.neurons()];
        for (int post = 0; post < net.neurons(); post++) {
            rule.update(net, post, silent, 2, 0.5, 0.25);
        }
        assertThat(weights(net)).containsExactly(before);
    }

    @Test
    void sameInputsGiveSameWeights() {
        Network a = network();
        Network b = network();
        PlasticityRule rule = rule(HebbianParameters.defaults(), MAX);
        double[] rate = new double[a.neurons()];
        RandomStream rng = new RandomStream(3, 0);
        for (int i = 0; i < rate.length; i++) {
            rate[i] = rng.nextDouble();
        }
        for (int post = 0; post < a.neurons(); post++) {
            rule.update(a, post, rate, 1.3, 0.2, 0.25);
            rule.update(b, post, rate, 1.3, 0.2, 0.25);
        }
        assertThat(weights(a)).containsExactly(weights(b));
    }

    @Test
    void inTheEngineWeightsStayWithinBoundsAndRunsRepeat() {
        Scenario s = Scenario.builder("contract").days(4).burnInDays(1).seed(5)
                .network(new NetworkSpec(120, 30)).stress(0, 4, 0.8)
                .treatment(NmdaBlock.standard(0.5, 1.5)).therapy(new TherapySchedule(1, 1, 3, 2))
                .build();
        Simulation sim = Simulation.builder(s)
                .rule(rule(s.model().hebbian(), s.model().synapses().maxWeight())).build();
        float max = (float) s.model().synapses().maxWeight();
        for (int step = 1; sim.step(); step++) {
            if (step % 24 == 0) {
                NetworkSnapshot net = sim.snapshot();
                for (int slot = 0; slot < net.neurons() * net.slotsPerNeuron(); slot++) {
                    assertThat(net.weight(slot)).isBetween(0f, max);
                    if (!net.present(slot)) {
                        assertThat(net.weight(slot)).isZero();
                    }
                }
            }
        }
        Simulation again = Simulation.builder(s)
                .rule(rule(s.model().hebbian(), s.model().synapses().maxWeight())).build();
        assertThat(again.run().series().column(Column.MEAN_WEIGHT))
                .containsExactly(sim.resultSoFar().series().column(Column.MEAN_WEIGHT));
    }

    private static float[] weights(Network net) {
        float[] w = new float[net.slots()];
        for (int s = 0; s < w.length; s++) {
            w[s] = net.weight(s);
        }
        return w;
    }

    private static Network network() {
        return Network.build(new NetworkSpec(80, 20), SynapseParameters.defaults(), new RandomStream(1, 1));
    }
}
