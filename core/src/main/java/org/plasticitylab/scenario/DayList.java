package org.plasticitylab.scenario;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.plasticitylab.files.Decimals;
import org.plasticitylab.internal.Checks;

/**
 * What treatments given on a list of dose days share: the days in words ("day 42", "days 42, 44
 * and 46"), their checks, their dose events and the days kept by a shorter run.
 */
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

    /** One dose event per day, each {@code durationDays} long, keyed {@code days[i]}. */
    static List<TreatmentEvent> doses(List<Double> days, double durationDays, String what,
            Map<String, Double> numbers) {
        return IntStream.range(0, days.size())
                .mapToObj(i -> new TreatmentEvent(TreatmentEvent.Kind.DOSE, days.get(i),
                        days.get(i) + durationDays, "days[" + i + "]", what, numbers))
                .toList();
    }

    /** The days before {@code end}, or empty if none is. */
    static Optional<List<Double>> before(List<Double> days, double end) {
        List<Double> kept = days.stream().filter(d -> d < end).toList();
        return kept.isEmpty() ? Optional.empty() : Optional.of(kept);
    }
}
