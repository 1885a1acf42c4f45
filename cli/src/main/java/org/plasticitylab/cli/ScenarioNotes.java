package org.plasticitylab.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.plasticitylab.files.Decimals;
import org.plasticitylab.scenario.Scenario;

/**
 * What a user should know about a scenario that is valid but may not do what they think: a
 * {@code --days} past the scenario's own end (its events stay where they were), or a dose far
 * outside what the toy model was made for.
 */
final class ScenarioNotes {
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

    /** Each treatment's cautions (e.g. a dose far above the sourced range), by index. */
    static List<String> doses(Scenario s) {
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < s.treatments().size(); i++) {
            for (String caution : s.treatments().get(i).cautions()) {
                notes.add("warning: treatments[" + i + "]." + caution);
            }
        }
        return notes;
    }
}
