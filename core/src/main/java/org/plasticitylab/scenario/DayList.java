package org.plasticitylab.scenario;

import java.util.List;
import org.plasticitylab.files.Decimals;
import org.plasticitylab.internal.Checks;

/** Days in words for treatment descriptions: "day 42", "days 42, 44 and 46". */
final class DayList {
    private DayList() {
    }

    static String of(List<Double> days) {
        if (days.size() == 1) {
            return "day " + Decimals.day(days.get(0));
        }
        List<String> names = days.stream().map(Decimals::day).toList();
        return "days " + String.join(", ", names.subList(0, names.size() - 1)) + " and "
                + names.get(names.size() - 1);
    }

    /** Requires at least one day, sorted, each dose starting after the last one ended. */
    static List<Double> checked(List<Double> days, double doseHours) {
        if (days == null || days.isEmpty()) {
            throw new IllegalArgumentException("days must name at least one dose day, was "
                    + (days == null ? "null" : "[]"));
        }
        List<Double> copy = List.copyOf(days);
        double previous = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < copy.size(); i++) {
            double day = Checks.nonNegative("days[" + i + "]", copy.get(i));
            if (day * 24 < previous * 24 + doseHours) {
                throw new IllegalArgumentException("days must be sorted with doses that do not "
                        + "overlap, but days[" + i + "] = " + day + " follows " + previous);
            }
            previous = day;
        }
        return copy;
    }
}
