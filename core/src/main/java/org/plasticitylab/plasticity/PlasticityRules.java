package org.plasticitylab.plasticity;

import java.util.List;
import org.plasticitylab.internal.Registry;

/**
 * The registry of {@link PlasticityRuleType}s: the built-in ones and those a library adds with
 * {@link #register}. A file's {@code model.rule.type} is looked up here; a name taken by another
 * class is an error, not a silent choice. Registration is a call, as for treatment types, not
 * {@code ServiceLoader}: the browser build resolves service providers in an order that changes
 * between builds.
 */
public final class PlasticityRules {
    /** The model's default rule. */
    public static final String DEFAULT = "bcm";

    private static final Registry<PlasticityRuleType> TYPES = new Registry<>(
            "plasticity rule type", PlasticityRuleType::name,
            List.of(new Builtin("bcm", PresynapticBcmRule::new), new Builtin("oja", OjaRule::new)));

    private PlasticityRules() {
    }

    /**
     * Every registered type name, the built-in ones first.
     *
     * @return the names, unmodifiable
     */
    public static List<String> names() {
        return TYPES.names();
    }

    /**
     * Whether a type of that name is registered.
     *
     * @param name a type name
     * @return true if {@link #create} accepts it
     */
    public static boolean known(String name) {
        return TYPES.find(name).isPresent();
    }

    /**
     * A new rule of a registered type.
     *
     * @param name the type name
     * @param hebbian the scenario's Hebbian parameters
     * @param maxWeight the largest weight a synapse can reach
     * @return the rule
     * @throws IllegalArgumentException naming the known types if {@code name} is not one
     */
    public static PlasticityRule create(String name, HebbianParameters hebbian, double maxWeight) {
        return TYPES.get(name).create(hebbian, maxWeight);
    }

    /**
     * The message for a name that is not registered.
     *
     * @param name the unknown name
     * @return a sentence naming the known types
     */
    static String unknown(String name) {
        return "type " + TYPES.unknown(name);
    }

    /**
     * Adds a library's rule type, so that scenario files can name it. Registering the same type
     * again does nothing.
     *
     * @param type the type
     * @throws IllegalStateException if another type already has its name
     */
    public static void register(PlasticityRuleType type) {
        TYPES.register(type);
    }

    private interface Factory {
        PlasticityRule create(HebbianParameters hebbian, double maxWeight);
    }

    private record Builtin(String name, Factory factory) implements PlasticityRuleType {
        @Override
        public PlasticityRule create(HebbianParameters hebbian, double maxWeight) {
            return factory.create(hebbian, maxWeight);
        }
    }
}
