package org.plasticitylab.web;

import org.plasticitylab.scenario.NmdaBlock;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.scenario.ScenarioBuilder;
import org.plasticitylab.scenario.StressPeriod;
import org.plasticitylab.scenario.Treatment;

/** The page's sliders applied to a scenario before its run starts. */
final class ScenarioSettings {
    private ScenarioSettings() {
    }

    /**
     * The scenario with a new stress level, dose and length. Every stress period takes the new
     * level (a scenario without stress gets it from day 0 to the end, if above 0); a period
     * that ran to the old end runs to the new one; every NMDA-block treatment gives the new
     * dose on its days.
     *
     * @param s the scenario
     * @param stress the stress level, 0..1
     * @param doseMgPerKg the dose, mg/kg, above 0
     * @param days the length of the run, days
     * @return the changed scenario
     * @throws IllegalArgumentException if a value is out of range or an event falls after the
     *     new end
     */
    static Scenario with(Scenario s, double stress, double doseMgPerKg, double days) {
        ScenarioBuilder b = s.toBuilder().days(days).clearStress().clearTreatments();
        if (stress > 0 && s.stress().isEmpty()) {
            b.stress(0, days, stress);
        }
        for (StressPeriod p : s.stress()) {
            if (stress > 0 && p.fromDay() < days) {
                b.stress(p.fromDay(), p.toDay() == s.days() ? days : Math.min(p.toDay(), days),
                        stress);
            }
        }
        for (Treatment t : s.treatments()) {
            b.treatment(t instanceof NmdaBlock n
                    ? new NmdaBlock(doseMgPerKg, n.infusionMinutes(), n.days()) : t);
        }
        return b.build();
    }
}
