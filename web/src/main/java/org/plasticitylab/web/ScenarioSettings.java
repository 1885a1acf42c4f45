package org.plasticitylab.web;

import org.plasticitylab.scenario.DoseSetting;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.scenario.ScenarioBuilder;
import org.plasticitylab.scenario.StressPeriod;

/** The page's sliders applied to a scenario before its run starts. */
final class ScenarioSettings {
    private ScenarioSettings() {
    }

    /**
     * The scenario with a new stress level, dose and length. Every stress period takes the new
     * level (a scenario without stress gets it from day 0 to the end, if above 0); a period
     * that ran to the old end runs to the new one; every treatment of the type of its
     * {@link DoseSetting} gives the new dose on its days.
     *
     * @param s the scenario
     * @param stress the stress level, 0..1
     * @param dose the dose, in the unit of the scenario's {@link DoseSetting}
     * @param days the length of the run, days
     * @return the changed scenario
     * @throws IllegalArgumentException if a value is out of range or an event falls after the
     *     new end
     */
    static Scenario with(Scenario s, double stress, double dose, double days) {
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
        DoseSetting.of(s).given(s.treatments(), dose).forEach(b::treatment);
        return b.build();
    }
}
