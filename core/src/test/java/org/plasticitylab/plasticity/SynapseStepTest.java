package org.plasticitylab.plasticity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.plasticitylab.dynamics.RateDynamics;
import org.plasticitylab.internal.NetworkAccess;
import org.plasticitylab.internal.SynapseStore;
import org.plasticitylab.network.Network;
import org.plasticitylab.network.NetworkSpec;
import org.plasticitylab.network.SynapseParameters;
import org.plasticitylab.random.RandomStream;

class SynapseStepTest {
    private final Network net = Network.build(new NetworkSpec(400, 80),
            SynapseParameters.defaults(), new RandomStream(1, 1));
    private final float[] rate = new float[net.neurons()];
    private final double[] rateD = new double[net.neurons()];
    private final double[] h = new double[net.neurons()];
    private final double[] weightSums = new double[net.neurons()];

    SynapseStepTest() {
        RandomStream rng = new RandomStream(9, 0);
        for (int i = 0; i < rate.length; i++) {
            rateD[i] = rng.nextDouble();
            rate[i] = (float) rateD[i];
        }
    }

    @Test
    void geometricGapHasTheMeanOfPerSlotDraws() {
        RandomStream rng = new RandomStream(1, 0);
        double p = 0.01;
        double sum = 0;
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            sum += SynapseStep.gap(SynapseStep.logOneMinus(p), 1 - rng.nextDouble());
        }
        assertThat(sum / n).isCloseTo((1 - p) / p, within(1.5));
    }

    @Test
    void zeroProbabilityNeverFires() {
        assertThat(SynapseStep.gap(SynapseStep.logOneMinus(0), 0.5))
                .isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void clipKeepsWeightsInBoundsAndValuesInsideExact() {
        assertThat(SynapseStep.clip(-0.5f, 0.3f)).isEqualTo(0f);
        assertThat(Float.floatToRawIntBits(SynapseStep.clip(-0f, 0.3f))).isZero();
        assertThat(SynapseStep.clip(0.7f, 0.3f)).isEqualTo(0.3f);
        assertThat(SynapseStep.clip(0.1234567f, 0.3f)).isEqualTo(0.1234567f);
    }

    @Test
    void certainPruningRemovesEveryWeakSynapseAndOnlyThose() {
        float[] before = store(net).weight.clone();
        byte[] presentBefore = store(net).present.clone();
        SynapseStep step = new SynapseStep(new TurnoverParameters(0.06, 1e9, 0, 1.1), 0.05, 80, 2);
        step.beginTick(1, 0, 0.25, 0, 0);
        step.apply(net, 0, net.neurons(), null, rateD, rate, h, weightSums);
        for (int s = 0; s < net.slots(); s++) {
            if (presentBefore[s] == 1) {
                assertThat(store(net).present[s] == 1).isEqualTo(before[s] >= 0.06f);
            }
        }
        assertCountsAndInputConsistent();
    }

    @Test
    void formationFillsEmptySlotsAtTheExpectedRate() {
        int empty = net.slots() - net.presentCount(0, net.neurons());
        SynapseStep step = new SynapseStep(new TurnoverParameters(0, 0, 0.002, 1.1), 0.05, 80, 3);
        step.beginTick(2, 0, 10, 0, 0);
        step.apply(net, 0, net.neurons(), null, rateD, rate, h, weightSums);
        int formed = net.presentCount(0, net.neurons()) - (net.slots() - empty);
        double expected = empty * 0.002 * 2 * 10;
        assertThat((double) formed).isCloseTo(expected, within(4 * Math.sqrt(expected)));
        assertCountsAndInputConsistent();
    }

    @Test
    void pruningRemovesWeakSynapsesAtTheExpectedRateRaisedByStress() {
        float[] before = store(net).weight.clone();
        byte[] presentBefore = store(net).present.clone();
        int weak = 0;
        for (int s = 0; s < net.slots(); s++) {
            weak += presentBefore[s] == 1 && before[s] < 0.06f ? 1 : 0;
        }
        SynapseStep step = new SynapseStep(new TurnoverParameters(0.06, 0.01, 0, 1.1), 0.05, 80, 6);
        step.beginTick(1, 0.5, 2, 0, 3);
        step.apply(net, 0, net.neurons(), null, rateD, rate, h, weightSums);
        int pruned = 0;
        for (int s = 0; s < net.slots(); s++) {
            pruned += presentBefore[s] == 1 && store(net).present[s] == 0 ? 1 : 0;
        }
        double expected = weak * 0.01 * 1.5 * 2;
        assertThat(expected).isGreaterThan(100);
        assertThat((double) pruned).isCloseTo(expected, within(4 * Math.sqrt(expected)));
        assertCountsAndInputConsistent();
    }

    @Test
    void fusedPassGivesTheRulesWeightsAndTheGatheredInput() {
        Network separate = Network.build(new NetworkSpec(400, 80), SynapseParameters.defaults(),
                new RandomStream(1, 1));
        PresynapticBcmRule rule = new PresynapticBcmRule(HebbianParameters.defaults(), 0.3);
        SynapseStep noTurnover = new SynapseStep(new TurnoverParameters(0, 0, 0, 1.1), 0.05, 80, 4);
        noTurnover.beginTick(1.5, 0.4, 0.25, 0, 0);
        noTurnover.apply(net, 0, net.neurons(), rule, rateD, rate, h, weightSums);
        for (int post = 0; post < separate.neurons(); post++) {
            rule.update(separate, post, rateD, 1.5, 0.4, 0.25);
        }
        assertThat(store(net).weight).containsExactly(store(separate).weight);
        assertCountsAndInputConsistent();
    }

    @Test
    void turnoverDrawsDependOnTheBlockNotOnTheRangesThatCutIt() {
        Network inPieces = Network.build(new NetworkSpec(400, 80), SynapseParameters.defaults(),
                new RandomStream(1, 1));
        double[] hInPieces = new double[h.length];
        double[] sumsInPieces = new double[h.length];
        SynapseStep step = new SynapseStep(new TurnoverParameters(0.06, 0.05, 0.01, 1.1), 0.05, 80, 5);
        step.beginTick(1.5, 0.5, 1, 0, 7);
        step.apply(net, 0, net.neurons(), null, rateD, rate, h, weightSums);
        for (int from = 0; from < net.neurons(); from += 17) {
            step.apply(inPieces, from, Math.min(net.neurons(), from + 17), null, rateD, rate,
                    hInPieces, sumsInPieces);
        }
        assertThat(store(inPieces).present).containsExactly(store(net).present);
        assertThat(store(inPieces).weight).containsExactly(store(net).weight);
        assertThat(hInPieces).containsExactly(h);
        assertThat(sumsInPieces).containsExactly(weightSums);
        assertCountsAndInputConsistent();
    }

    private void assertCountsAndInputConsistent() {
        double[] expected = new double[net.neurons()];
        RateDynamics.gatherAll(net, rate, expected);
        int k = net.slotsPerNeuron();
        for (int i = 0; i < net.neurons(); i++) {
            int[] presentSlots = IntStream.range(i * k, (i + 1) * k)
                    .filter(s -> store(net).present[s] == 1).toArray();
            assertThat(Arrays.copyOfRange(store(net).presentSlots, i * k, i * k + net.presentCount(i)))
                    .as("index of unit %d", i).containsExactly(presentSlots);
            assertThat(h[i]).isCloseTo(expected[i], within(1e-4));
        }
        for (int s = 0; s < net.slots(); s++) {
            if (store(net).present[s] == 0) {
                assertThat(store(net).weight[s]).isZero();
            }
        }
    }

    private static SynapseStore store(Network network) {
        return NetworkAccess.synapses(network);
    }
}
