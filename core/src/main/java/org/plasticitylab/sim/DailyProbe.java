package org.plasticitylab.sim;

import org.plasticitylab.metrics.RecallProbe;
import org.plasticitylab.network.Network;
import org.plasticitylab.network.Pattern;
import org.plasticitylab.random.RandomStream;

/**
 * The daily recall probe of a run: cues the positive and the negative pattern under the
 * network's standing modulation (the trapped block's damping of the negative pattern), with
 * arrays made once, so that a probing step allocates nothing.
 */
final class DailyProbe {
    private final RecallProbe probe;
    private final Network network;
    private final RandomStream rng;
    private final Pattern[] patterns;
    private final double[] bias;
    private final double[] recall = new double[2];

    DailyProbe(RecallProbe probe, Network network, RandomStream rng) {
        this.probe = probe;
        this.network = network;
        this.rng = rng;
        this.patterns = new Pattern[] {network.positive(), network.negative()};
        this.bias = new double[network.neurons()];
    }

    /** Probes both patterns with the negative one damped by {@code negativeDamping}. */
    void run(double negativeDamping) {
        for (int i = 0; i < network.negative().size(); i++) {
            bias[network.negative().member(i)] = -negativeDamping;
        }
        probe.recall(network, rng, bias, patterns, recall);
    }

    /** Recall of the positive pattern at the last probe, 0..1. */
    double positive() {
        return recall[0];
    }

    /** Recall of the negative pattern at the last probe, 0..1. */
    double negative() {
        return recall[1];
    }
}
