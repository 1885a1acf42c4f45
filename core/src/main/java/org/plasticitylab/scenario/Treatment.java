package org.plasticitylab.scenario;

import java.util.Optional;

/** A drug treatment in a scenario: one of a closed family. */
public sealed interface Treatment permits NmdaBlock, Monoaminergic {
    /**
     * The type name used in scenario files ({@code nmda-block}, {@code monoaminergic}).
     *
     * @return the type name
     */
    String type();

    /**
     * Last day on which the treatment does something, for checking it lies in the scenario.
     *
     * @return that day
     */
    double lastDay();

    /**
     * This treatment for a scenario that ends on {@code days}, or empty if nothing is left.
     *
     * @param days the scenario's new length in days
     * @return the shortened treatment, or empty
     */
    Optional<Treatment> truncatedTo(double days);
}
