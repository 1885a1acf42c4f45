package org.plasticitylab.plasticity;

import org.plasticitylab.network.Network;

/**
 * A rule whose change, for a fixed postsynaptic unit, is affine in the weight and the
 * presynaptic rate: {@code w <- clip(keep * w + learn * rPre, 0, maxWeight)}. Saying so lets the
 * engine fuse learning, turnover and the activity gather into one pass over the slots; any other
 * {@link PlasticityRule} runs in a pass of its own.
 */
public interface AffinePlasticityRule extends PlasticityRule {
    /** Factor on the old weight of every synapse onto a unit firing at {@code postRate}. */
    double keep(double postRate, double plasticity, double stress, double dtHours);

    /** Factor on the presynaptic rate for every synapse onto a unit firing at {@code postRate}. */
    double learn(double postRate, double plasticity, double stress, double dtHours);

    /** Upper weight bound. */
    double maxWeight();

    @Override
    default void update(Network network, int post, double[] rate, double plasticity,
            double stress, double dtHours) {
        int k = network.slotsPerNeuron();
        int[] pre = network.pre();
        float[] w = network.weight();
        byte[] present = network.present();
        float keep = (float) keep(rate[post], plasticity, stress, dtHours);
        float learn = (float) learn(rate[post], plasticity, stress, dtHours);
        float max = (float) maxWeight();
        for (int s = post * k, end = s + k; s < end; s++) {
            w[s] = SynapseStep.clip(w[s] * keep + learn * (float) rate[pre[s]], max) * present[s];
        }
    }
}
