package org.plasticitylab.scenario;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plasticitylab.pharmacology.Exposure;

/**
 * A kind of treatment: its name in scenario files, its record, and how all treatments of the
 * kind in a run turn into one exposure over time. Registered in {@link TreatmentTypes} (built in,
 * or added by a library with {@link TreatmentTypes#register}).
 *
 * @param <T> the treatment's record
 */
public interface TreatmentType<T extends Treatment> {
    /**
     * The name in scenario files, the {@code type} of a treatment entry.
     *
     * @return e.g. {@code nmda-block}
     */
    String name();

    /**
     * The treatment's class: a record whose components are the keys of its file entry (in
     * snake_case).
     *
     * @return the class
     */
    Class<T> treatmentClass();

    /**
     * The values a file's entry starts from: every key the entry leaves out keeps this value.
     *
     * @param scenarioDays the length of the scenario the entry belongs to
     * @return the template
     */
    T template(double scenarioDays);

    /**
     * Rules across the treatments of this kind in one scenario, checked when it is built.
     *
     * @param treatments the scenario's treatments of this kind, at least one
     * @throws IllegalArgumentException naming the rule they break
     */
    default void checkTogether(List<T> treatments) {
    }

    /**
     * One exposure for every treatment of this kind in a run, in the order of the scenario.
     *
     * @param treatments the run's treatments of this kind, at least one
     * @param model the run's model parameters (pharmacokinetics, IC50)
     * @param startHours the clock's start, in hours from day 0 (negative during burn-in)
     * @return the exposure
     */
    Exposure exposure(List<T> treatments, ModelParameters model, double startHours);

    /**
     * The amount given on each dose day, for the explorers' dose control; a type without one
     * (a course, a placebo) leaves the control to another type.
     *
     * @return the dose, or empty (the default)
     */
    default Optional<Dose<T>> dose() {
        return Optional.empty();
    }

    /**
     * The entry's keys and values as files write them, for writers without reflection (the web
     * page): each value a {@code Double} or a {@code List<Double>}, in file order.
     *
     * @param treatment a treatment of this kind
     * @return the keys and values, without {@code type}
     */
    Map<String, Object> fields(T treatment);

    /**
     * The treatment from keys and values as {@link #fields} gives them; a key left out keeps the
     * template's value.
     *
     * @param fields the keys and values, without {@code type}
     * @param scenarioDays the length of the scenario
     * @return the treatment
     * @throws IllegalArgumentException naming a key that is unknown or of the wrong kind, or a
     *     value out of range
     */
    T fromFields(Map<String, Object> fields, double scenarioDays);
}
