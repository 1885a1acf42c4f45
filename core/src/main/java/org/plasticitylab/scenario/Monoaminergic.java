package org.plasticitylab.scenario;

import java.util.Optional;
import org.plasticitylab.internal.Checks;

/**
 * SSRI-like monoaminergic treatment, taken daily from {@code fromDay} until {@code toDay}.
 *
 * @param fromDay first day of treatment (inclusive)
 * @param toDay last day (exclusive), after fromDay
 */
public record Monoaminergic(double fromDay, double toDay) implements Treatment {
    /** Name in scenario files. */
    public static final String TYPE = "monoaminergic";

    /**
     * Validates both days; throws IllegalArgumentException naming a bad one.
     *
     * @param fromDay first day of treatment (inclusive)
     * @param toDay last day (exclusive), after fromDay
     */
    public Monoaminergic {
        Checks.nonNegative("fromDay", fromDay);
        Checks.positive("toDay", toDay);
        if (!(toDay > fromDay)) {
            throw new IllegalArgumentException(
                    "toDay must be after fromDay (" + fromDay + "), was " + toDay);
        }
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public double lastDay() {
        return toDay;
    }

    @Override
    public Optional<Treatment> truncatedTo(double scenarioDays) {
        return fromDay >= scenarioDays ? Optional.empty()
                : Optional.of(new Monoaminergic(fromDay, Math.min(toDay, scenarioDays)));
    }

    /**
     * Whether the treatment is being taken at time {@code hours}.
     *
     * @param hours time in hours from day 0
     * @return true from fromDay (inclusive) to toDay (exclusive)
     */
    public boolean covers(double hours) {
        return hours >= fromDay * 24 && hours < toDay * 24;
    }
}
