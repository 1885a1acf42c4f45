package org.plasticitylab.scenario;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plasticitylab.files.Decimals;
import org.plasticitylab.internal.Checks;

/**
 * SSRI-like monoaminergic treatment, taken daily from {@code fromDay} until {@code toDay}.
 *
 * @param fromDay first day of treatment (inclusive)
 * @param toDay last day (exclusive), after fromDay
 */
public record Monoaminergic(double fromDay, double toDay) implements Treatment {
    /** Name in scenario files. */
    public static final String TYPE = "monoaminergic";

    /**
     * Validates both days; throws IllegalArgumentException naming a bad one.
     *
     * @param fromDay first day of treatment (inclusive)
     * @param toDay last day (exclusive), after fromDay
     */
    public Monoaminergic {
        Checks.nonNegative("fromDay", fromDay);
        Checks.positive("toDay", toDay);
        if (!(toDay > fromDay)) {
            throw new IllegalArgumentException(
                    "toDay must be after fromDay (" + fromDay + "), was " + toDay);
        }
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public double lastDay() {
        return toDay;
    }

    @Override
    public Optional<Treatment> truncatedTo(double scenarioDays) {
        return fromDay >= scenarioDays ? Optional.empty()
                : Optional.of(new Monoaminergic(fromDay, Math.min(toDay, scenarioDays)));
    }

    @Override
    public List<TreatmentEvent> events() {
        return List.of(new TreatmentEvent(TreatmentEvent.Kind.COURSE, fromDay, toDay,
                "to_day", "Monoaminergic (SSRI-like) treatment, taken"
                        + " daily; its effect builds over weeks", Map.of()));
    }

    @Override
    public String description() {
        return "SSRI-like (monoaminergic) treatment from day " + Decimals.day(fromDay)
                + " to day " + Decimals.day(toDay);
    }
}
