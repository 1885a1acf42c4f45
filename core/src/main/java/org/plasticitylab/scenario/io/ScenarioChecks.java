package org.plasticitylab.scenario.io;

import java.util.List;
import org.plasticitylab.scenario.StressPeriod;
import org.plasticitylab.scenario.TherapySchedule;
import org.plasticitylab.scenario.Treatment;
import org.plasticitylab.scenario.TreatmentEvent;

/**
 * Rules across entries: every time inside the scenario, periods and schedules sorted and not
 * overlapping. The Scenario constructor enforces them too but stops at the first; these report
 * them all. Entries that failed to decode are null and skipped.
 */
final class ScenarioChecks {
    private ScenarioChecks() {
    }

    static void stress(List<StressPeriod> stress, double days, Problems problems) {
        int previous = -1;
        for (int i = 0; i < stress.size(); i++) {
            StressPeriod s = stress.get(i);
            if (s == null) {
                continue;
            }
            String path = Paths.index("stress", i);
            endsBy(path + ".to_day", s.toDay(), days, problems);
            if (previous >= 0 && s.fromDay() < stress.get(previous).toDay()) {
                problems.add(path + ".from_day", "must be >= stress[" + previous + "].to_day ("
                        + stress.get(previous).toDay() + "): periods must be sorted and must not"
                        + " overlap, was " + s.fromDay());
            }
            previous = i;
        }
    }

    static void treatments(List<Treatment> treatments, double days, Problems problems) {
        for (int i = 0; i < treatments.size(); i++) {
            String path = Paths.index("treatments", i);
            if (treatments.get(i) == null) {
                continue;
            }
            for (TreatmentEvent e : treatments.get(i).events()) {
                endsBy(path + "." + e.key(), e.kind() == TreatmentEvent.Kind.DOSE ? e.day()
                        : e.endDay(), days, problems);
            }
        }
    }

    static void therapy(List<TherapySchedule> therapy, double days, Problems problems) {
        int previous = -1;
        for (int i = 0; i < therapy.size(); i++) {
            TherapySchedule t = therapy.get(i);
            if (t == null) {
                continue;
            }
            String path = Paths.index("therapy", i);
            if (t.lastDay() >= days) {
                problems.add(path, "the last of its " + t.count() + " sessions starts on day "
                        + t.lastDay() + ", which must be before days (" + days + ")");
            }
            if (previous >= 0 && t.firstDay() < end(therapy.get(previous))) {
                problems.add(path + ".first_day", "must be >= " + end(therapy.get(previous))
                        + ", the end of therapy[" + previous + "]'s last session: schedules must"
                        + " be sorted and must not overlap, was " + t.firstDay());
            }
            previous = i;
        }
    }

    private static double end(TherapySchedule t) {
        return t.lastDay() + t.durationHours() / 24;
    }

    private static void endsBy(String path, double day, double days, Problems problems) {
        if (day > days) {
            problems.add(path, "must be <= days (" + days + "), the end of the scenario, was "
                    + day);
        }
    }
}
