package org.plasticitylab.plasticity;

import org.plasticitylab.network.Network;

/**
 * A synaptic learning rule. The engine calls it once per postsynaptic unit and step, so an
 * implementation loops over that unit's slots itself: no virtual call per synapse.
 *
 * <p>Contract (checked for every rule by one shared test): weights of present synapses stay in
 * {@code [0, maxWeight]}; empty slots stay at weight 0; with no activity there is no Hebbian
 * change (only passive decay, if the rule has any); the same inputs give the same weights.
 */
public interface PlasticityRule {
    /**
     * Updates the weights of the present synapses onto unit {@code post}.
     *
     * @param network the network (its weight array is updated in place)
     * @param post postsynaptic unit
     * @param rate activity of every unit after this step's activity update
     * @param plasticity the global plasticity level P
     * @param stress the stress level in [0, 1]
     * @param dtHours the step
     */
    void update(Network network, int post, double[] rate, double plasticity, double stress,
            double dtHours);
}
