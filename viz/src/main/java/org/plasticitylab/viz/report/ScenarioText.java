package org.plasticitylab.viz.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import org.plasticitylab.files.Decimals;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.scenario.StressPeriod;
import org.plasticitylab.scenario.TherapySchedule;
import org.plasticitylab.scenario.Treatment;
import org.plasticitylab.viz.chart.DayFormat;

/** A scenario in plain words and as a table of settings, for reports and the explorer. */
public final class ScenarioText {
    private ScenarioText() {
    }

    /**
     * One sentence per part of the scenario: run, stress, each treatment, each therapy.
     *
     * @param s the scenario
     * @return the sentences, in that order
     */
    public static List<String> sentences(Scenario s) {
        List<String> out = new ArrayList<>();
        out.add(DayFormat.day(s.days()) + " days of a network of " + s.network().neurons()
                + " units (seed " + s.seed() + ").");
        if (s.stress().isEmpty()) {
            out.add("No stress.");
        }
        for (StressPeriod p : s.stress()) {
            out.add("Stress " + Decimals.label(p.level()) + " from day " + DayFormat.day(p.fromDay()) + " to day "
                    + DayFormat.day(p.toDay()) + ".");
        }
        for (Treatment t : s.treatments()) {
            out.add(t.description() + ".");
        }
        for (TherapySchedule t : s.therapy()) {
            out.add(therapy(t) + ".");
        }
        if (s.treatments().isEmpty() && s.therapy().isEmpty()) {
            out.add("No drug and no therapy.");
        }
        return List.copyOf(out);
    }

    /**
     * The settings as label/value rows, in reading order.
     *
     * @param s the scenario
     * @return the rows, iterating in reading order
     */
    public static Map<String, String> table(Scenario s) {
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("name", s.name());
        rows.put("description", s.description());
        rows.put("days", DayFormat.day(s.days()));
        rows.put("seed", Long.toString(s.seed()));
        rows.put("time step", Decimals.label(s.dtHours()) + " h");
        rows.put("network", s.network().neurons() + " units, "
                + s.network().candidateSynapsesPerNeuron() + " candidate synapses each");
        List<String> stress = s.stress().stream().map(p -> Decimals.label(p.level()) + " on days "
                + DayFormat.day(p.fromDay()) + "-" + DayFormat.day(p.toDay())).toList();
        rows.put("stress", stress.isEmpty() ? "none" : String.join("; ", stress));
        rows.put("treatments", s.treatments().isEmpty() ? "none"
                : String.join("; ", s.treatments().stream().map(Treatment::description).toList()));
        rows.put("therapy", s.therapy().isEmpty() ? "none"
                : String.join("; ", s.therapy().stream().map(ScenarioText::therapy).toList()));
        return rows;
    }

    static String therapy(TherapySchedule t) {
        return "Therapy: " + t.count() + (t.count() == 1 ? " session" : " sessions") + " of "
                + Decimals.label(t.durationHours()) + " h every " + Decimals.label(t.everyDays())
                + " days from day " + DayFormat.day(t.firstDay());
    }
}
