package org.plasticitylab.web;

import java.util.List;
import org.plasticitylab.scenario.DoseSetting;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.scenario.ScenarioBuilder;
import org.plasticitylab.scenario.StressPeriod;
import org.plasticitylab.scenario.Treatment;

/** The page's sliders applied to a scenario before its run starts. */
final class ScenarioSettings {
    private ScenarioSettings() {
    }

    /**
     * The scenario with a new stress level, dose or length; a value given as NaN keeps the
     * scenario's own, so that moving one slider never rounds another setting to its slider's
     * range and step (a file's 0.83 stress or 3 mg/kg dose stays as it is). A new level goes to
     * every stress period (a scenario without stress gets it from day 0 to the end, if above
     * 0); a period that ran to the old end runs to the new one; a new dose goes to every
     * treatment of the type of the scenario's {@link DoseSetting}, on its own days.
     *
     * @param s the scenario
     * @param stress the stress level, 0..1, or NaN to keep each period's own
     * @param dose the dose, in the unit of the scenario's {@link DoseSetting}, or NaN to keep it
     * @param days the length of the run, days, or NaN to keep it
     * @return the changed scenario
     * @throws IllegalArgumentException if a value is out of range or an event falls after the
     *     new end
     */
    static Scenario with(Scenario s, double stress, double dose, double days) {
        double length = Double.isNaN(days) ? s.days() : days;
        boolean newLevel = !Double.isNaN(stress);
        ScenarioBuilder b = s.toBuilder().days(length).clearStress().clearTreatments();
        if (newLevel && stress > 0 && s.stress().isEmpty()) {
            b.stress(0, length, stress);
        }
        for (StressPeriod p : s.stress()) {
            double level = newLevel ? stress : p.level();
            if (level > 0 && p.fromDay() < length) {
                b.stress(p.fromDay(), p.toDay() == s.days() ? length : Math.min(p.toDay(), length),
                        level);
            }
        }
        List<Treatment> treatments = Double.isNaN(dose) ? s.treatments()
                : DoseSetting.of(s).given(s.treatments(), dose);
        treatments.forEach(b::treatment);
        return b.build();
    }
}
