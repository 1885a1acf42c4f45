package org.plasticitylab.pharmacology;

import org.plasticitylab.internal.Checks;

/**
 * Two-compartment pharmacokinetics per kg of body weight and the receptor occupancy curve.
 *
 * @param centralVolumeLPerKg volume of the central compartment (1.2 L/kg)
 * @param k10PerHour elimination rate from the central compartment (0.96 /h)
 * @param k12PerHour transfer rate central to peripheral (1.79 /h)
 * @param k21PerHour transfer rate peripheral to central (1.0 /h)
 * @param ic50MgPerL plasma concentration giving half occupancy (0.12 mg/L, about 0.5 uM)
 */
public record PkParameters(double centralVolumeLPerKg, double k10PerHour, double k12PerHour,
        double k21PerHour, double ic50MgPerL) {
    /**
     * Validates every component; throws IllegalArgumentException naming a bad one.
     *
     * @param centralVolumeLPerKg volume of the central compartment (1.2 L/kg)
     * @param k10PerHour elimination rate from the central compartment (0.96 /h)
     * @param k12PerHour transfer rate central to peripheral (1.79 /h)
     * @param k21PerHour transfer rate peripheral to central (1.0 /h)
     * @param ic50MgPerL plasma concentration giving half occupancy (0.12 mg/L, about 0.5 uM)
     */
    public PkParameters {
        Checks.positive("centralVolumeLPerKg", centralVolumeLPerKg);
        Checks.positive("k10PerHour", k10PerHour);
        Checks.nonNegative("k12PerHour", k12PerHour);
        Checks.positive("k21PerHour", k21PerHour);
        Checks.positive("ic50MgPerL", ic50MgPerL);
    }

    /**
     * Ketamine-like values (see docs/model.md for sources).
     *
     * @return the default pharmacokinetic parameters
     */
    public static PkParameters ketamine() {
        return new PkParameters(1.2, 0.96, 1.79, 1.0, 0.12);
    }
}
