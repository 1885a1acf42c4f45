package org.plasticitylab.plasticity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The registry of {@link PlasticityRuleType}s: the built-in ones and those found by
 * {@link ServiceLoader}. It is read once; a name found twice is an error, not a silent choice.
 */
public final class PlasticityRules {
    /** The model's default rule. */
    public static final String DEFAULT = "bcm";

    private static final Map<String, PlasticityRuleType> TYPES = load();

    private PlasticityRules() {
    }

    /**
     * Every registered type name, the built-in ones first.
     *
     * @return the names, unmodifiable
     */
    public static List<String> names() {
        return Collections.unmodifiableList(new ArrayList<>(TYPES.keySet()));
    }

    /**
     * Whether a type of that name is registered.
     *
     * @param name a type name
     * @return true if {@link #create} accepts it
     */
    public static boolean known(String name) {
        return TYPES.containsKey(name);
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
        PlasticityRuleType type = TYPES.get(name);
        if (type == null) {
            throw new IllegalArgumentException(unknown(name));
        }
        return type.create(hebbian, maxWeight);
    }

    /**
     * The message for a name that is not registered.
     *
     * @param name the unknown name
     * @return a sentence naming the known types
     */
    static String unknown(String name) {
        return "type must be one of " + String.join(", ", TYPES.keySet()) + ", was \"" + name
                + "\"";
    }

    private static Map<String, PlasticityRuleType> load() {
        Map<String, PlasticityRuleType> types = new LinkedHashMap<>();
        add(types, new Builtin("bcm", PresynapticBcmRule::new));
        add(types, new Builtin("oja", OjaRule::new));
        for (PlasticityRuleType type : ServiceLoader.load(PlasticityRuleType.class)) {
            add(types, type);
        }
        return types;
    }

    private static void add(Map<String, PlasticityRuleType> types, PlasticityRuleType type) {
        PlasticityRuleType earlier = types.putIfAbsent(type.name(), type);
        if (earlier != null) {
            throw new IllegalStateException("two plasticity rule types are named \"" + type.name()
                    + "\": " + earlier.getClass().getName() + " and " + type.getClass().getName());
        }
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
