package org.plasticitylab.network;

import org.plasticitylab.internal.Checks;

/**
 * Numbers that set up the synapses.
 *
 * @param newWeight weight of a new or background synapse ({@code wNew}, 0.05)
 * @param patternExtraWeight added to synapses inside a stored pattern at the start (0.4)
 * @param maxWeight upper weight bound {@code wMax} (0.3)
 * @param initialPresentFraction share of slots holding a synapse at the start (0.5)
 * @param patternFraction share of each pattern region's units in a pattern (0.2)
 * @param patternPresentFraction share of slots inside a pattern holding a synapse at the start
 *     (tuned to 1: a stored memory is a set of existing spines; see docs/model.md)
 */
public record SynapseParameters(double newWeight, double patternExtraWeight, double maxWeight,
        double initialPresentFraction, double patternFraction, double patternPresentFraction) {
    /**
     * Validates every component; throws IllegalArgumentException naming a bad one.
     *
     * @param newWeight weight of a new or background synapse ({@code wNew}, 0.05)
     * @param patternExtraWeight added to synapses inside a stored pattern at the start (0.4)
     * @param maxWeight upper weight bound {@code wMax} (0.3)
     * @param initialPresentFraction share of slots holding a synapse at the start (0.5)
     * @param patternFraction share of each pattern region's units in a pattern (0.2)
     * @param patternPresentFraction share of slots inside a pattern holding a synapse at the start
     *     (tuned to 1: a stored memory is a set of existing spines; see docs/model.md)
     */
    public SynapseParameters {
        Checks.positive("maxWeight", maxWeight);
        Checks.inRange("newWeight", newWeight, 0, maxWeight);
        Checks.nonNegative("patternExtraWeight", patternExtraWeight);
        Checks.inRange("initialPresentFraction", initialPresentFraction, 0, 1);
        Checks.inRange("patternFraction", patternFraction, 0.01, 0.5);
        Checks.inRange("patternPresentFraction", patternPresentFraction, 0, 1);
    }

    /**
     * The values of MODEL.md.
     *
     * @return the default synapse parameters
     */
    public static SynapseParameters defaults() {
        return new SynapseParameters(0.05, 0.4, 0.3, 0.5, 0.2, 1);
    }
}
