package org.plasticitylab.dynamics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.plasticitylab.network.Network;
import org.plasticitylab.network.NetworkSpec;
import org.plasticitylab.network.SynapseParameters;
import org.plasticitylab.random.RandomStream;

class RateDynamicsTest {
    private final RateDynamics dynamics = new RateDynamics(ActivityParameters.defaults());

    @Test
    void nmdaBlockDisinhibitsTheNetwork() {
        double[] h = {0.4, 0.5, 0.6, 0.7};
        double[] none = new double[4];
        double[] rate = new double[4];
        double drugFree = dynamics.update(h, none, 0, rate);
        double blocked = dynamics.update(h, none, 0.64, rate);
        assertThat(blocked).isGreaterThan(drugFree);
    }

    @Test
    void adaptationDampsAUnitThatIsDrivenWithoutPause() {
        double[] h = {1.0, 0, 0, 0};
        double[] none = new double[4];
        double[] rate = new double[4];
        double[] adaptation = new double[4];
        dynamics.update(h, none, 0, rate, adaptation, 0.25);
        double first = rate[0];
        for (int i = 0; i < 40; i++) {
            dynamics.update(h, none, 0, rate, adaptation, 0.25);
        }
        assertThat(first).isGreaterThan(0.9);
        assertThat(rate[0]).isLessThan(0.5);
    }

    @Test
    void lanesGiveEachStateExactlyWhatItGetsOnItsOwn() {
        Network net = Network.build(NetworkSpec.defaults(), SynapseParameters.defaults(),
                new RandomStream(3, 1));
        int n = net.neurons();
        int lanes = 2 * RateDynamics.LANE_BLOCK;
        RandomStream rng = new RandomStream(4, 0);
        float[] laneRate = new float[n * lanes];
        double[] laneExternal = new double[n * lanes];
        for (int i = 0; i < laneRate.length; i++) {
            laneRate[i] = (float) rng.nextDouble();
            laneExternal[i] = rng.nextDouble();
        }
        double[] laneH = new double[n * lanes];
        new LaneWork(net.slotsPerNeuron(), lanes).gather(net, laneRate, lanes, laneH);
        double[] laneNew = new double[n * lanes];
        dynamics.updateLanes(laneH, laneExternal, lanes, laneNew, new float[n * lanes],
                new LaneWork(net.slotsPerNeuron(), lanes));
        for (int lane = 0; lane < lanes; lane++) {
            float[] rate = new float[n];
            double[] external = new double[n];
            for (int i = 0; i < n; i++) {
                rate[i] = laneRate[i * lanes + lane];
                external[i] = laneExternal[i * lanes + lane];
            }
            double[] h = new double[n];
            RateDynamics.gatherAll(net, rate, h);
            double[] next = new double[n];
            dynamics.update(h, external, 0, next);
            for (int i = 0; i < n; i++) {
                assertThat(laneH[i * lanes + lane]).isEqualTo(h[i]);
                assertThat(laneNew[i * lanes + lane]).isEqualTo(next[i]);
            }
        }
    }

    @Test
    void laneCountsOutsideWholeBlocksAreRefused() {
        Network net = Network.build(NetworkSpec.defaults(), SynapseParameters.defaults(),
                new RandomStream(3, 1));
        assertThatThrownBy(() -> new LaneWork(net.slotsPerNeuron(), 3).gather(net,
                new float[net.neurons() * 3], 3, new double[net.neurons() * 3]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("multiple of 8, was 3");
    }
}
