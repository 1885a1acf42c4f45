package org.plasticitylab.plasticity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.plasticitylab.internal.Rng;
import org.plasticitylab.network.Network;
import org.plasticitylab.network.NetworkSpec;
import org.plasticitylab.network.SynapseParameters;

class StructuralTurnoverTest {
    @Test
    void geometricGapHasTheMeanOfPerSlotDraws() {
        Rng rng = new Rng(1, 0);
        double p = 0.01;
        double sum = 0;
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            sum += StructuralTurnover.gap(StructuralTurnover.logOneMinus(p), rng);
        }
        assertThat(sum / n).isCloseTo((1 - p) / p, within(1.5));
    }

    @Test
    void zeroProbabilityNeverFires() {
        assertThat(StructuralTurnover.gap(StructuralTurnover.logOneMinus(0), new Rng(1, 0)))
                .isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void onlyWeakSynapsesArePrunedAndCountsStayConsistent() {
        Network net = Network.build(new NetworkSpec(80, 20), SynapseParameters.defaults(),
                new Rng(1, 1));
        int[] perUnit = new int[net.neurons()];
        for (int i = 0; i < perUnit.length; i++) {
            perUnit[i] = net.presentCount(i, i + 1);
        }
        float[] before = net.weight().clone();
        byte[] presentBefore = net.present().clone();
        // formation off, pruning certain: every present synapse below the threshold goes
        StructuralTurnover t = new StructuralTurnover(new TurnoverParameters(0.06, 1e9, 0), 0.05);
        t.apply(net, 0, net.neurons(), 1, 0, 0.25, new Rng(2, 0), perUnit);
        for (int s = 0; s < net.slots(); s++) {
            if (presentBefore[s] == 1) {
                assertThat(net.present()[s] == 1).isEqualTo(before[s] >= 0.06f);
            }
        }
        for (int i = 0; i < perUnit.length; i++) {
            assertThat(perUnit[i]).isEqualTo(net.presentCount(i, i + 1));
        }
    }

    @Test
    void formationFillsEmptySlotsAtTheExpectedRate() {
        Network net = Network.build(new NetworkSpec(400, 80), SynapseParameters.defaults(),
                new Rng(1, 1));
        int[] perUnit = new int[net.neurons()];
        int empty = net.slots() - net.presentCount(0, net.neurons());
        StructuralTurnover t = new StructuralTurnover(new TurnoverParameters(0, 0, 0.002), 0.05);
        t.apply(net, 0, net.neurons(), 2, 0, 10, new Rng(3, 0), perUnit);
        int formed = java.util.Arrays.stream(perUnit).sum();
        double expected = empty * 0.002 * 2 * 10;
        assertThat((double) formed).isCloseTo(expected, within(4 * Math.sqrt(expected)));
    }
}
