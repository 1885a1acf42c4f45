package org.plasticitylab.plasticity;

/**
 * A plasticity rule that scenario files can choose by name ({@code model.rule.type}). The
 * built-in types are {@code bcm} and {@code oja}; a library adds its own by implementing this
 * interface and listing the class in
 * {@code META-INF/services/org.plasticitylab.plasticity.PlasticityRuleType}.
 */
public interface PlasticityRuleType {
    /**
     * The name scenario files use, lower case with hyphens, unique among the registered types.
     *
     * @return the type name
     */
    String name();

    /**
     * A new rule, one per simulation, so a rule may keep state of its own.
     *
     * @param hebbian the learning rate, threshold and decay of the scenario's {@code model.hebbian}
     * @param maxWeight the largest weight a synapse can reach
     * @return the rule
     */
    PlasticityRule create(HebbianParameters hebbian, double maxWeight);
}
