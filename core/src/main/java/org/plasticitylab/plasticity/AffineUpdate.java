package org.plasticitylab.plasticity;

import org.plasticitylab.network.Network;

/**
 * The shared inner loop of rules whose change is affine in the weight and the presynaptic rate
 * for a fixed postsynaptic unit: {@code w <- clip(keep * w + learn * rPre, 0, maxWeight)} on
 * present synapses; empty slots stay at 0. Keeping it in one place lets every such rule run the
 * same tight loop.
 */
final class AffineUpdate {
    private AffineUpdate() {
    }

    static void apply(Network network, int post, double[] rate, double keep, double learn,
            float maxWeight) {
        int k = network.slotsPerNeuron();
        int[] pre = network.pre();
        float[] w = network.weight();
        byte[] present = network.present();
        // float arithmetic: the weights are floats, and it vectorises better than double
        float keepF = (float) keep;
        float learnF = (float) learn;
        for (int s = post * k, end = s + k; s < end; s++) {
            float next = w[s] * keepF + learnF * (float) rate[pre[s]];
            // plain comparisons clip faster than Math.min/max (no NaN or -0 handling), and
            // multiplying by the 0/1 flag avoids a branch that presence would mispredict
            next = next < 0f ? 0f : next > maxWeight ? maxWeight : next;
            w[s] = next * present[s];
        }
    }
}
