package org.plasticitylab.scenario;

import org.plasticitylab.internal.Checks;

/**
 * A period of chronic stress.
 *
 * @param fromDay first day (inclusive)
 * @param toDay last day (exclusive), after fromDay
 * @param level stress level in [0, 1]; 0.8 is the presets' chronic stress
 */
public record StressPeriod(double fromDay, double toDay, double level) {
    /**
     * Validates every component; throws IllegalArgumentException naming a bad one.
     *
     * @param fromDay first day (inclusive)
     * @param toDay last day (exclusive), after fromDay
     * @param level stress level in [0, 1]; 0.8 is the presets' chronic stress
     */
    public StressPeriod {
        Checks.nonNegative("fromDay", fromDay);
        Checks.positive("toDay", toDay);
        if (!(toDay > fromDay)) {
            throw new IllegalArgumentException(
                    "toDay must be after fromDay (" + fromDay + "), was " + toDay);
        }
        Checks.inRange("level", level, 0, 1);
    }

    /**
     * Whether time {@code hours} falls in the period.
     *
     * @param hours time in hours from day 0
     * @return true from fromDay (inclusive) to toDay (exclusive)
     */
    public boolean covers(double hours) {
        return hours >= fromDay * 24 && hours < toDay * 24;
    }
}
