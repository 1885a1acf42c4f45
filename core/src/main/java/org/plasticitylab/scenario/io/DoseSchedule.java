package org.plasticitylab.scenario.io;

import java.util.ArrayList;
import java.util.List;
import org.plasticitylab.internal.Checks;

/**
 * The short form of NMDA-block dose days in files: {@code count} doses, the first on
 * {@code firstDay}, then one every {@code everyDays}. Files may give it instead of a day list.
 */
record DoseSchedule(double firstDay, double everyDays, int count) {
    /** Far more doses than any scenario of {@value org.plasticitylab.scenario.Scenario#MAX_DAYS}
     * days could hold at one a day; stops a typo from building a huge list. */
    static final int MAX_COUNT = 10_000;

    DoseSchedule {
        Checks.nonNegative("firstDay", firstDay);
        Checks.positive("everyDays", everyDays);
        Checks.inRange("count", count, 1, MAX_COUNT);
    }

    /** Placeholder for absent keys: one dose on day 0. */
    static DoseSchedule defaults() {
        return new DoseSchedule(0, 1, 1);
    }

    /** The dose days. */
    List<Double> days() {
        List<Double> days = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            days.add(firstDay + i * everyDays);
        }
        return days;
    }
}
