package org.plasticitylab.plasticity;

import org.plasticitylab.internal.Checks;

/**
 * Spine turnover: weak synapses are pruned, empty slots sprout new synapses, and formation slows
 * as the density rises above the healthy one (homeostatic density: spines are restored, not
 * multiplied).
 *
 * @param pruneBelowWeight a present synapse weaker than this may be pruned (0.02)
 * @param prunePerHour pruning probability per hour without stress, doubled at full stress (0.01)
 * @param formPerHour formation probability per hour of an empty slot at P = 1 (0.002)
 * @param densityCeiling density, relative to the healthy day-0 density, at which formation
 *     stops; between 1 and this it falls linearly from full to none (1.1)
 */
public record TurnoverParameters(double pruneBelowWeight, double prunePerHour, double formPerHour,
        double densityCeiling) {
    /**
     * Validates every component; throws IllegalArgumentException naming a bad one.
     *
     * @param pruneBelowWeight a present synapse weaker than this may be pruned (0.02)
     * @param prunePerHour pruning probability per hour without stress, doubled at full stress
     *     (0.01)
     * @param formPerHour formation probability per hour of an empty slot at P = 1 (0.002)
     * @param densityCeiling density, relative to the healthy day-0 density, at which formation
     *     stops (1.1)
     */
    public TurnoverParameters {
        Checks.nonNegative("pruneBelowWeight", pruneBelowWeight);
        Checks.nonNegative("prunePerHour", prunePerHour);
        Checks.nonNegative("formPerHour", formPerHour);
        if (!(densityCeiling > 1) || !Double.isFinite(densityCeiling)) {
            throw new IllegalArgumentException("densityCeiling must be > 1 and finite, was "
                    + densityCeiling);
        }
    }

    /**
     * The values of MODEL.md, with the homeostatic ceiling of docs/model.md.
     *
     * @return the default turnover parameters
     */
    public static TurnoverParameters defaults() {
        return new TurnoverParameters(0.02, 0.01, 0.002, 1.1);
    }

    /**
     * The share of the formation rate left at a density.
     *
     * @param densityRatio density relative to the healthy day-0 density; 0 or less (not yet
     *     known, as in the burn-in) leaves formation at full rate
     * @return 1 up to the healthy density, falling linearly to 0 at {@link #densityCeiling()}
     */
    public double formationScale(double densityRatio) {
        if (densityRatio <= 1) {
            return 1;
        }
        return Math.max(0, (densityCeiling - densityRatio) / (densityCeiling - 1));
    }
}
