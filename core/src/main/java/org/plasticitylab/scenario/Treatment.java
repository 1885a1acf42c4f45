package org.plasticitylab.scenario;

/** A drug treatment in a scenario: one of a closed family. */
public sealed interface Treatment permits NmdaBlock, Monoaminergic {
    /** The type name used in scenario files ({@code nmda-block}, {@code monoaminergic}). */
    String type();

    /** Last day on which the treatment does something, for checking it lies in the scenario. */
    double lastDay();
}
