package org.plasticitylab.scenario;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plasticitylab.files.Decimals;
import org.plasticitylab.internal.Checks;

/**
 * Ketamine-like NMDA-receptor block: an intravenous infusion of {@code doseMgPerKg} over
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
    /** Doses above this (mg/kg) are far beyond the model's sources (0.5 antidepressant, 1-4.5 anaesthetic). */
    public static final double HIGHEST_SOURCED_DOSE_MG_PER_KG = 4.5;

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
        days = DayList.checked(days, infusionMinutes / 60);
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
        return DayList.before(days, scenarioDays)
                .map(kept -> new NmdaBlock(doseMgPerKg, infusionMinutes, kept));
    }

    @Override
    public List<TreatmentEvent> events() {
        String what = Decimals.label(doseMgPerKg) + " mg/kg over "
                + Decimals.label(infusionMinutes) + " min";
        return DayList.doses(days, infusionMinutes / (24 * 60), what,
                Map.of("dose_mg_per_kg", doseMgPerKg));
    }

    @Override
    public String description() {
        return "NMDA-block (ketamine-like) doses of " + Decimals.label(doseMgPerKg)
                + " mg/kg over " + Decimals.label(infusionMinutes) + " min on " + DayList.of(days);
    }

    @Override
    public List<String> cautions() {
        return doseMgPerKg <= HIGHEST_SOURCED_DOSE_MG_PER_KG ? List.of()
                : List.of("dose_mg_per_kg " + Decimals.label(doseMgPerKg) + " is far above what"
                        + " the toy model was made for (0.5 mg/kg in the presets; anaesthetic"
                        + " doses are 1-4.5 mg/kg); its results mean nothing there");
    }
}
