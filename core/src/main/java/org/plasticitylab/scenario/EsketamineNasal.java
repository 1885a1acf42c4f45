package org.plasticitylab.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plasticitylab.files.Decimals;
import org.plasticitylab.internal.Checks;

/**
 * Esketamine nasal spray (the S-enantiomer of ketamine): a dose in mg, as clinics give it (56 or
 * 84 mg), on each of {@code days}. The model is per kg, so the dose is divided by the body
 * weight; its bioavailable share is absorbed first-order into the same two-compartment body as
 * the infusions, and it blocks NMDA receptors {@code relativePotency} times as strongly as the
 * racemate per mg/L. Sources in docs/model.md.
 *
 * @param doseMg dose per session in mg (56 or 84 in the clinic)
 * @param bodyWeightKg the patient's weight, to turn mg into mg/kg (70 by default)
 * @param bioavailability share of the sprayed dose that reaches plasma (about 0.48)
 * @param absorptionHalfLifeMinutes half-life of the first-order absorption from the nose
 * @param relativePotency NMDA potency relative to racemic ketamine (IC50 divided by this)
 * @param days the days of the sessions, sorted
 */
public record EsketamineNasal(double doseMg, double bodyWeightKg, double bioavailability,
        double absorptionHalfLifeMinutes, double relativePotency, List<Double> days)
        implements Treatment {
    /** Name in scenario files. */
    public static final String TYPE = "esketamine-nasal";
    /** The highest dose of the label, mg. */
    public static final double HIGHEST_LABELLED_DOSE_MG = 84;

    /**
     * Validates every value and requires dose days that are sorted and apart; throws
     * IllegalArgumentException naming a bad one.
     *
     * @param doseMg dose per session in mg
     * @param bodyWeightKg the patient's weight in kg
     * @param bioavailability share of the dose that reaches plasma, in (0, 1]
     * @param absorptionHalfLifeMinutes half-life of the absorption, minutes
     * @param relativePotency NMDA potency relative to racemic ketamine
     * @param days the days of the sessions, sorted
     */
    public EsketamineNasal {
        Checks.positive("doseMg", doseMg);
        Checks.inRange("bodyWeightKg", bodyWeightKg, 1, 500);
        Checks.inRange("bioavailability", bioavailability, Double.MIN_VALUE, 1);
        Checks.positive("absorptionHalfLifeMinutes", absorptionHalfLifeMinutes);
        Checks.positive("relativePotency", relativePotency);
        days = DayList.checked(days, 0);
    }

    /**
     * Sessions of {@code doseMg} for a 70 kg patient with the sourced pharmacokinetics: 48 %
     * bioavailable, absorbed with a half-life of 20 minutes (so that plasma peaks at about 30
     * min), 1.8 times the racemate's potency.
     *
     * @param doseMg dose per session in mg
     * @param days the session days, sorted
     * @return the treatment
     */
    public static EsketamineNasal standard(double doseMg, List<Double> days) {
        return new EsketamineNasal(doseMg, 70, 0.48, 20, 1.8, days);
    }

    /**
     * The bioavailable dose per kg of body weight.
     *
     * @return dose times bioavailability over weight, mg/kg
     */
    public double bioavailableMgPerKg() {
        return doseMg * bioavailability / bodyWeightKg;
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
        return DayList.before(days, scenarioDays).map(kept -> new EsketamineNasal(doseMg,
                bodyWeightKg, bioavailability, absorptionHalfLifeMinutes, relativePotency, kept));
    }

    @Override
    public List<TreatmentEvent> events() {
        String what = Decimals.label(doseMg) + " mg esketamine nasal spray";
        // Ordered: Map.of would give the explanation's numbers in a different order each run.
        Map<String, Double> numbers = new LinkedHashMap<>();
        numbers.put("dose_mg", doseMg);
        numbers.put("bioavailable_mg_per_kg", bioavailableMgPerKg());
        return DayList.doses(days, 0, what, numbers);
    }

    @Override
    public String description() {
        return "Esketamine nasal spray, " + Decimals.label(doseMg) + " mg (" + Decimals.label(
                bioavailableMgPerKg(), 2) + " mg/kg reaching plasma at " + Decimals.label(
                bodyWeightKg) + " kg) on " + DayList.of(days);
    }

    @Override
    public List<String> cautions() {
        return doseMg <= HIGHEST_LABELLED_DOSE_MG ? List.of()
                : List.of("dose_mg " + Decimals.label(doseMg) + " is above the highest labelled"
                        + " dose (84 mg); the toy model was not made for it");
    }
}
