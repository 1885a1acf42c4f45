package org.plasticitylab.scenario;

import java.util.List;
import java.util.Optional;

/**
 * A drug treatment in a scenario. Each kind is registered in {@link TreatmentTypes} under the
 * {@link #type()} name scenario files use; its {@link TreatmentType} makes its exposure over a
 * run. Everything that shows or checks a treatment (charts, explain, report, the explorer, file
 * checks) reads its {@link #events()} and {@link #description()}, so a new kind needs no
 * changes there.
 */
public interface Treatment {
    /**
     * The type name used in scenario files (e.g. {@code nmda-block}).
     *
     * @return the type name, as registered in {@link TreatmentTypes}
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

    /**
     * What it does when: each dose, or the span of a course, sorted by start.
     *
     * @return the events, at least one
     */
    List<TreatmentEvent> events();

    /**
     * The treatment in words, for reports and explanations, e.g. "NMDA-block (ketamine-like)
     * doses of 0.5 mg/kg over 40 min on days 42 and 44".
     *
     * @return one sentence without a final full stop
     */
    String description();

    /**
     * Warnings about values outside what the model was made for, e.g. a dose far above the
     * sourced range; each names its file key.
     *
     * @return the warnings, usually none
     */
    default List<String> cautions() {
        return List.of();
    }
}
