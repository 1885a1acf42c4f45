package org.plasticitylab.scenario;

import java.util.List;
import org.plasticitylab.files.Decimals;

/**
 * The rules a scenario's times follow across its parts: stress periods, treatments and therapy
 * schedules lie inside the run, sorted and apart, as scenario files require.
 */
final class ScenarioTimes {
    private ScenarioTimes() {
    }

    /** Throws IllegalArgumentException naming the first part out of place. */
    static void check(double days, List<StressPeriod> stress, List<Treatment> treatments,
            List<TherapySchedule> therapy) {
        checkStress(stress, days);
        TreatmentTypes.checkTogether(treatments);
        for (int i = 0; i < treatments.size(); i++) {
            if (treatments.get(i).lastDay() > days) {
                throw new IllegalArgumentException("treatments[" + i + "] must end by day " + days
                        + ", but lasts until day " + treatments.get(i).lastDay());
            }
        }
        for (int i = 0; i < therapy.size(); i++) {
            if (i > 0 && therapy.get(i).firstDay() < sessionsEnd(therapy.get(i - 1))) {
                throw new IllegalArgumentException("therapy[" + i + "] must start after therapy["
                        + (i - 1) + "]'s last session ends (day "
                        + Decimals.day(sessionsEnd(therapy.get(i - 1)))
                        + "): schedules are sorted and apart, was day "
                        + Decimals.day(therapy.get(i).firstDay()));
            }
            if (therapy.get(i).lastDay() >= days) {
                throw new IllegalArgumentException("therapy[" + i + "] must start its last session"
                        + " before day " + days + ", was day " + therapy.get(i).lastDay());
            }
        }
    }

    /** The day the last session of a schedule ends. */
    private static double sessionsEnd(TherapySchedule t) {
        return t.lastDay() + t.durationHours() / 24;
    }

    private static void checkStress(List<StressPeriod> stress, double days) {
        for (int i = 0; i < stress.size(); i++) {
            StressPeriod p = stress.get(i);
            if (p.toDay() > days) {
                throw new IllegalArgumentException("stress[" + i + "].toDay must be <= days ("
                        + days + "), was " + p.toDay());
            }
            if (i > 0 && p.fromDay() < stress.get(i - 1).toDay()) {
                throw new IllegalArgumentException("stress[" + i + "] must start after stress["
                        + (i - 1) + "] ends (day " + stress.get(i - 1).toDay() + "), was day "
                        + p.fromDay());
            }
        }
    }
}
