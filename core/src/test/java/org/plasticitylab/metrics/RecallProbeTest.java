package org.plasticitylab.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.plasticitylab.internal.NetworkAccess;
import org.plasticitylab.dynamics.ActivityParameters;
import org.plasticitylab.dynamics.RateDynamics;
import org.plasticitylab.network.Network;
import org.plasticitylab.network.NetworkSpec;
import org.plasticitylab.network.SynapseParameters;
import org.plasticitylab.random.RandomStream;

class RecallProbeTest {
    private final Network net = Network.build(NetworkSpec.defaults(), SynapseParameters.defaults(),
            new RandomStream(2, 1));
    private final RecallProbe probe = new RecallProbe(ProbeParameters.defaults(),
            new RateDynamics(ActivityParameters.defaults()), net.neurons());

    @Test
    void aFreshNetworkRecallsBothStoredPatterns() {
        assertThat(probe.recall(net, net.positive(), new RandomStream(1, 4))).isGreaterThan(0.9);
        assertThat(probe.recall(net, net.negative(), new RandomStream(1, 4))).isGreaterThan(0.9);
    }

    @Test
    void withoutPatternSynapsesOnlyTheCueIsActive() {
        for (int s = 0; s < net.slots(); s++) {
            if (net.present(s)) {
                net.setWeight(s, Math.min(net.weight(s), 0.05f));
            }
        }
        double recall = probe.recall(net, net.positive(), new RandomStream(1, 4));
        assertThat(recall).isLessThan(0.4);
    }

    @Test
    void probingDoesNotChangeTheNetwork() {
        float[] before = NetworkAccess.synapses(net).weight.clone();
        probe.recall(net, net.positive(), new RandomStream(1, 4));
        assertThat(NetworkAccess.synapses(net).weight).containsExactly(before);
    }

    @Test
    void probingPatternsTogetherGivesWhatProbingThemInTurnGives() {
        RandomStream together = new RandomStream(5, 4);
        RandomStream inTurn = new RandomStream(5, 4);
        double[] both = probe.recall(net, together, null, net.positive(), net.negative());
        assertThat(both[0]).isEqualTo(probe.recall(net, net.positive(), inTurn));
        assertThat(both[1]).isEqualTo(probe.recall(net, net.negative(), inTurn));
        assertThat(together.nextDouble()).isEqualTo(inTurn.nextDouble());
    }
}
