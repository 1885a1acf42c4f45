package org.plasticitylab.plasticity;

import org.plasticitylab.internal.NetworkAccess;
import org.plasticitylab.internal.SynapseStore;
import org.plasticitylab.network.Network;

/**
 * A rule whose change, for a fixed postsynaptic unit, is affine in the weight and the
 * presynaptic rate: {@code w <- clip(keep * w + learn * rPre, 0, maxWeight)}. Saying so lets the
 * engine fuse learning, turnover and the activity gather into one pass over the slots; any other
 * {@link PlasticityRule} runs in a pass of its own.
 */
public interface AffinePlasticityRule extends PlasticityRule {
    /**
     * Factor on the old weight of every synapse onto a unit firing at {@code postRate}.
     *
     * @param postRate firing rate of the postsynaptic unit, 0..1
     * @param plasticity the plasticity level P, 1 in a healthy network
     * @param stress stress level, 0..1
     * @param dtHours time step in hours
     * @return {@code keep} in the update above
     */
    double keep(double postRate, double plasticity, double stress, double dtHours);

    /**
     * Factor on the presynaptic rate for every synapse onto a unit firing at {@code postRate}.
     *
     * @param postRate firing rate of the postsynaptic unit, 0..1
     * @param plasticity the plasticity level P, 1 in a healthy network
     * @param stress stress level, 0..1
     * @param dtHours time step in hours
     * @return {@code learn} in the update above
     */
    double learn(double postRate, double plasticity, double stress, double dtHours);

    /**
     * Upper weight bound.
     *
     * @return {@code maxWeight}, the largest weight a synapse can reach
     */
    double maxWeight();

    @Override
    default void update(Network network, int post, double[] rate, double plasticity,
            double stress, double dtHours) {
        SynapseStore store = NetworkAccess.synapses(network);
        int k = store.slotsPerUnit;
        int[] pre = store.pre;
        float[] w = store.weight;
        byte[] present = store.present;
        float keep = (float) keep(rate[post], plasticity, stress, dtHours);
        float learn = (float) learn(rate[post], plasticity, stress, dtHours);
        float max = (float) maxWeight();
        for (int s = post * k, end = s + k; s < end; s++) {
            w[s] = SynapseStep.clip(w[s] * keep + learn * (float) rate[pre[s]], max) * present[s];
        }
    }
}
