package org.plasticitylab.plasticity;

import org.plasticitylab.network.Network;

/**
 * A synaptic learning rule. The engine calls it once per postsynaptic unit and step, so an
 * implementation loops over that unit's slots itself: no virtual call per synapse.
 *
 * <p>Contract (checked for every rule by one shared test): weights of present synapses stay in
 * {@code [0, maxWeight]}; empty slots stay at weight 0; with no activity there is no Hebbian
 * change (only passive decay, if the rule has any); the same inputs give the same weights.
 *
 * <p>Threads: {@link #beforeStep} runs on the simulation's thread before any unit of the step;
 * {@link #update} then runs for every unit, on worker threads when the simulation has several,
 * each unit once and in no fixed order across chunks. State a rule keeps across steps is
 * therefore written in {@code beforeStep} (or per unit, for that unit only). A rule with such
 * state implements {@link org.plasticitylab.files.Checkpointed}, and checkpoints then carry it (at
 * most 1 MiB of it).
 */
public interface PlasticityRule {
    /**
     * Updates the weights of the present synapses onto unit {@code post}.
     *
     * @param network the network, whose weights the rule changes with {@link Network#setWeight}
     * @param post postsynaptic unit
     * @param rate activity of every unit after this step's activity update
     * @param plasticity the global plasticity level P
     * @param stress the stress level in [0, 1]
     * @param dtHours the step
     */
    void update(Network network, int post, double[] rate, double plasticity, double stress,
            double dtHours);

    /**
     * Called once per step, before the units are updated: the step's context for a rule that
     * keeps state of its own. Does nothing by default.
     *
     * @param plasticity the global plasticity level P of this step
     * @param stress the stress level of this step, 0..1
     * @param dtHours the step
     */
    default void beforeStep(double plasticity, double stress, double dtHours) {
    }
}
