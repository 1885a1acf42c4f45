package org.plasticitylab.plasticity;

import org.plasticitylab.internal.Checks;

/**
 * Which plasticity rule a scenario uses ({@code model.rule.type} in a scenario file); its
 * numbers are those of {@code model.hebbian}.
 *
 * @param type a name registered in {@link PlasticityRules}: {@code bcm} (the default) or
 *     {@code oja}, or one a library adds
 */
public record RuleParameters(String type) {
    /**
     * Requires a registered type; throws IllegalArgumentException naming the known ones.
     *
     * @param type a registered rule type name
     */
    public RuleParameters {
        Checks.notNull("type", type);
        if (!PlasticityRules.known(type)) {
            throw new IllegalArgumentException(PlasticityRules.unknown(type));
        }
    }

    /**
     * The model's default rule.
     *
     * @return {@code bcm}
     */
    public static RuleParameters defaults() {
        return new RuleParameters(PlasticityRules.DEFAULT);
    }

    /**
     * A rule of this type for one simulation.
     *
     * @param hebbian the scenario's Hebbian parameters
     * @param maxWeight the largest weight a synapse can reach
     * @return a new rule
     */
    public PlasticityRule create(HebbianParameters hebbian, double maxWeight) {
        return PlasticityRules.create(type, hebbian, maxWeight);
    }
}
