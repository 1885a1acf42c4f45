package org.plasticitylab.viz.data;

/**
 * A stretch of simulated time, in days since day 0.
 *
 * @param fromDay start (inclusive)
 * @param toDay end, not before {@code fromDay}
 */
public record DayInterval(double fromDay, double toDay) {
    /**
     * Checks the order of the ends.
     *
     * @param fromDay start (inclusive)
     * @param toDay end, not before {@code fromDay}
     * @throws IllegalArgumentException if {@code toDay} is before {@code fromDay} or either is NaN
     */
    public DayInterval {
        if (!(toDay >= fromDay)) {
            throw new IllegalArgumentException(
                    "toDay must be >= fromDay (" + fromDay + "), was " + toDay);
        }
    }
}
