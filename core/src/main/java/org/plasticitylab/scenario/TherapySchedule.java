package org.plasticitylab.scenario;

import org.plasticitylab.internal.Checks;

/**
 * Regular therapy sessions: {@code count} sessions of {@code durationHours}, the first on
 * {@code firstDay}, then one every {@code everyDays}.
 */
public record TherapySchedule(double firstDay, double everyDays, int count, double durationHours) {
    public TherapySchedule {
        Checks.nonNegative("firstDay", firstDay);
        Checks.positive("everyDays", everyDays);
        Checks.atLeast("count", count, 1);
        Checks.positive("durationHours", durationHours);
        if (durationHours >= everyDays * 24) {
            throw new IllegalArgumentException("durationHours must be shorter than everyDays ("
                    + everyDays * 24 + " h) so that sessions do not overlap, was " + durationHours);
        }
    }

    /** Start of the last session, in days. */
    public double lastDay() {
        return firstDay + everyDays * (count - 1);
    }

    /** Whether a session is running at time {@code hours}. */
    public boolean inSession(double hours) {
        double since = hours - firstDay * 24;
        if (since < 0) {
            return false;
        }
        long index = (long) Math.floor(since / (everyDays * 24));
        return index < count && since - index * everyDays * 24 < durationHours;
    }
}
