package org.plasticitylab.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.plasticitylab.files.Decimals;
import org.plasticitylab.scenario.NmdaBlock;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.scenario.Treatment;

/**
 * What a user should know about a scenario that is valid but may not do what they think: a
 * {@code --days} past the scenario's own end (its events stay where they were), or a dose far
 * outside what the toy model was made for.
 */
final class ScenarioNotes {
    /** Doses above this (mg/kg) are far beyond the model's sources (0.5 antidepressant, 1-4.5 anaesthetic). */
    static final double HIGHEST_SOURCED_DOSE_MG_PER_KG = 4.5;

    private ScenarioNotes() {
    }

    /** Notes on {@code ran}, the scenario {@code written} with the command's overrides. */
    static List<String> of(Scenario written, Scenario ran) {
        List<String> notes = new ArrayList<>();
        boolean hasEvents = !written.stress().isEmpty() || !written.treatments().isEmpty()
                || !written.therapy().isEmpty();
        if (ran.days() > written.days() && hasEvents) {
            notes.add(String.format(Locale.ROOT, "note: --days %s runs past the %s days of %s;"
                    + " its stress, treatments and therapy still end where they did (to extend"
                    + " them, edit a copy: plasticity show %s > mine.yaml)",
                    Decimals.label(ran.days()), Decimals.label(written.days()), written.name(),
                    written.name()));
        }
        notes.addAll(doses(ran));
        return notes;
    }

    /** Warnings for doses far above the sourced range, by treatment index. */
    static List<String> doses(Scenario s) {
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < s.treatments().size(); i++) {
            Treatment t = s.treatments().get(i);
            if (t instanceof NmdaBlock b && b.doseMgPerKg() > HIGHEST_SOURCED_DOSE_MG_PER_KG) {
                notes.add("warning: treatments[" + i + "].dose_mg_per_kg " + Decimals.label(
                        b.doseMgPerKg()) + " is far above what the toy model was made for (0.5"
                        + " mg/kg in the presets; anaesthetic doses are 1-4.5 mg/kg); its"
                        + " results mean nothing there");
            }
        }
        return notes;
    }
}
