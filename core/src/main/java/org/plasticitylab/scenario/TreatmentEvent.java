package org.plasticitylab.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.plasticitylab.internal.Checks;

/**
 * One thing a treatment does on the timeline: a dose (which opens a window of raised
 * plasticity) or a course taken daily over a span.
 *
 * @param kind dose or course
 * @param day the start, in days from day 0
 * @param endDay the end, in days: an infusion's end, a course's last day (exclusive), the day
 *     itself for a bolus
 * @param key the key of the scenario file that sets its day, relative to the treatment, e.g.
 *     {@code days[2]} or {@code to_day} (the day that must lie in the run)
 * @param what the dose or course in words, e.g. "0.5 mg/kg over 40 min"
 * @param numbers the dose's own numbers for machine-readable explanations, e.g.
 *     {@code dose_mg_per_kg = 0.5}
 */
public record TreatmentEvent(Kind kind, double day, double endDay, String key, String what,
        Map<String, Double> numbers) {
    /** What kind of event. */
    public enum Kind {
        /** A dose of a rapid-acting drug: a short exposure that opens a plasticity window. */
        DOSE,
        /** A course taken daily from {@code day} for {@code durationHours}. */
        COURSE
    }

    /**
     * Validates and copies; throws IllegalArgumentException naming a bad value.
     *
     * @param kind dose or course
     * @param day the start, in days
     * @param endDay the end, in days, not before the start
     * @param key the file key of its day
     * @param what the event in words
     * @param numbers its own numbers (kept in their order)
     */
    public TreatmentEvent {
        Checks.notNull("kind", kind);
        Checks.nonNegative("day", day);
        if (!(endDay >= day)) {
            throw new IllegalArgumentException("endDay must be >= day (" + day + "), was "
                    + endDay);
        }
        Checks.notNull("key", key);
        Checks.notNull("what", what);
        numbers = Collections.unmodifiableMap(new LinkedHashMap<>(numbers));
    }

    /**
     * The start in hours from day 0.
     *
     * @return day times 24
     */
    public double startHours() {
        return day * 24;
    }

    /**
     * How long it lasts.
     *
     * @return from start to end, in hours
     */
    public double durationHours() {
        return (endDay - day) * 24;
    }
}
