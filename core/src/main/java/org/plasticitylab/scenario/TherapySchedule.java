package org.plasticitylab.scenario;

import java.util.Optional;
import org.plasticitylab.internal.Checks;

/**
 * Regular therapy sessions: {@code count} sessions of {@code durationHours}, the first on
 * {@code firstDay}, then one every {@code everyDays}.
 *
 * @param firstDay day of the first session
 * @param everyDays days from one session's start to the next
 * @param count number of sessions, at least 1
 * @param durationHours length of each session in hours, shorter than everyDays
 */
public record TherapySchedule(double firstDay, double everyDays, int count, double durationHours) {
    /**
     * Validates every component; throws IllegalArgumentException naming a bad one, also when
     * sessions would overlap.
     *
     * @param firstDay day of the first session
     * @param everyDays days from one session's start to the next
     * @param count number of sessions, at least 1
     * @param durationHours length of each session in hours, shorter than everyDays
     */
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

    /**
     * Start of the last session, in days.
     *
     * @return the day the last session starts
     */
    public double lastDay() {
        return firstDay + everyDays * (count - 1);
    }

    /**
     * The sessions that start before {@code scenarioDays}, or empty if none does.
     *
     * @param scenarioDays the scenario's new length in days
     * @return the shortened schedule, or empty
     */
    public Optional<TherapySchedule> truncatedTo(double scenarioDays) {
        int kept = 0;
        while (kept < count && firstDay + everyDays * kept < scenarioDays) {
            kept++;
        }
        return kept == 0 ? Optional.empty()
                : Optional.of(new TherapySchedule(firstDay, everyDays, kept, durationHours));
    }

    /**
     * Whether a session is running at time {@code hours}.
     *
     * @param hours time in hours from day 0
     * @return true during a session
     */
    public boolean inSession(double hours) {
        double since = hours - firstDay * 24;
        if (since < 0) {
            return false;
        }
        long index = (long) Math.floor(since / (everyDays * 24));
        return index < count && since - index * everyDays * 24 < durationHours;
    }
}
