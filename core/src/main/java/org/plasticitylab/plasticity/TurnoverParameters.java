package org.plasticitylab.plasticity;

import org.plasticitylab.internal.Checks;

/**
 * Spine turnover: weak synapses are pruned, empty slots sprout new synapses.
 *
 * @param pruneBelowWeight a present synapse weaker than this may be pruned (0.02)
 * @param prunePerHour pruning probability per hour without stress, doubled at full stress (0.01)
 * @param formPerHour formation probability per hour of an empty slot at P = 1 (0.002)
 */
public record TurnoverParameters(double pruneBelowWeight, double prunePerHour, double formPerHour) {
    /**
     * Validates every component; throws IllegalArgumentException naming a bad one.
     *
     * @param pruneBelowWeight a present synapse weaker than this may be pruned (0.02)
     * @param prunePerHour pruning probability per hour without stress, doubled at full stress (0.01)
     * @param formPerHour formation probability per hour of an empty slot at P = 1 (0.002)
     */
    public TurnoverParameters {
        Checks.nonNegative("pruneBelowWeight", pruneBelowWeight);
        Checks.nonNegative("prunePerHour", prunePerHour);
        Checks.nonNegative("formPerHour", formPerHour);
    }

    /**
     * The values of MODEL.md.
     *
     * @return the default turnover parameters
     */
    public static TurnoverParameters defaults() {
        return new TurnoverParameters(0.02, 0.01, 0.002);
    }
}
