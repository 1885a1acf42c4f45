package org.plasticitylab.sim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.plasticitylab.files.Decimals;
import org.plasticitylab.scenario.TherapySchedule;

/** One therapy session put in among a scenario's schedules, for "therapy now". */
final class TherapyInsert {
    private TherapyInsert() {
    }

    /**
     * The schedules with a session from {@code day}: a schedule that runs on past it
     * is split around the new session, so that the schedules stay sorted and apart, as
     * scenario files require.
     */
    static List<TherapySchedule> withSession(List<TherapySchedule> schedules, double day,
            double sessionHours) {
        double end = day + sessionHours / 24;
        List<TherapySchedule> therapy = new ArrayList<>();
        for (TherapySchedule t : schedules) {
            int before = 0;
            while (before < t.count() && start(t, before) + t.durationHours() / 24 <= day) {
                before++;
            }
            if (before < t.count() && start(t, before) < end) {
                throw new IllegalArgumentException("a therapy session of the scenario runs from"
                        + " day " + Decimals.day(start(t, before)) + " for "
                        + Decimals.label(t.durationHours()) + " h; give the new one after it");
            }
            if (before > 0) {
                therapy.add(new TherapySchedule(t.firstDay(), t.everyDays(), before,
                        t.durationHours()));
            }
            if (before < t.count()) {
                therapy.add(new TherapySchedule(start(t, before), t.everyDays(),
                        t.count() - before, t.durationHours()));
            }
        }
        therapy.add(new TherapySchedule(day, 1, 1, sessionHours));
        therapy.sort(Comparator.comparingDouble(TherapySchedule::firstDay));
        return therapy;
    }

    private static double start(TherapySchedule t, int session) {
        return t.firstDay() + t.everyDays() * session;
    }
}
