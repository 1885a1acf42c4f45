package org.plasticitylab.scenario;

import java.util.List;
import java.util.Optional;
import org.plasticitylab.internal.Checks;

/**
 * Ketamine-like NMDA-receptor block: an infusion of {@code doseMgPerKg} over
 * {@code infusionMinutes}, started on each of {@code days} (sorted, at least one).
 *
 * @param doseMgPerKg dose of each infusion in mg/kg (0.5 in the presets)
 * @param infusionMinutes length of each infusion in minutes (40 in the presets)
 * @param days the days on which an infusion starts, sorted, not overlapping
 */
public record NmdaBlock(double doseMgPerKg, double infusionMinutes, List<Double> days)
        implements Treatment {
    /** Name in scenario files. */
    public static final String TYPE = "nmda-block";

    /**
     * Validates dose and infusion length and requires dose days that are sorted and whose
     * infusions do not overlap (kept as an unmodifiable copy); throws IllegalArgumentException
     * naming a bad one.
     *
     * @param doseMgPerKg dose of each infusion in mg/kg (0.5 in the presets)
     * @param infusionMinutes length of each infusion in minutes (40 in the presets)
     * @param days the days on which an infusion starts, sorted, not overlapping
     */
    public NmdaBlock {
        Checks.positive("doseMgPerKg", doseMgPerKg);
        Checks.positive("infusionMinutes", infusionMinutes);
        Checks.notNull("days", days);
        if (days.isEmpty()) {
            throw new IllegalArgumentException("days must name at least one dose day, was []");
        }
        days = List.copyOf(days);
        double previous = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < days.size(); i++) {
            double day = Checks.nonNegative("days[" + i + "]", days.get(i));
            if (day * 24 < previous * 24 + infusionMinutes / 60) {
                throw new IllegalArgumentException("days must be sorted with infusions that do not "
                        + "overlap, but days[" + i + "] = " + day + " follows " + previous);
            }
            previous = day;
        }
    }

    /**
     * Doses of 0.5 mg/kg over 40 minutes on the given days.
     *
     * @param days the dose days, sorted
     * @return the treatment
     */
    public static NmdaBlock standard(Double... days) {
        return new NmdaBlock(0.5, 40, List.of(days));
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public double lastDay() {
        return days.get(days.size() - 1);
    }

    @Override
    public Optional<Treatment> truncatedTo(double scenarioDays) {
        List<Double> kept = days.stream().filter(d -> d < scenarioDays).toList();
        return kept.isEmpty() ? Optional.empty()
                : Optional.of(new NmdaBlock(doseMgPerKg, infusionMinutes, kept));
    }
}
