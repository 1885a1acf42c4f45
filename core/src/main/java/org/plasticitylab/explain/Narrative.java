package org.plasticitylab.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.Map;
import org.plasticitylab.metrics.Column;
import org.plasticitylab.metrics.Summary;
import org.plasticitylab.metrics.TimeSeries;
import org.plasticitylab.scenario.Monoaminergic;
import org.plasticitylab.scenario.NmdaBlock;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.scenario.StressPeriod;
import org.plasticitylab.scenario.TherapySchedule;
import org.plasticitylab.scenario.Treatment;
import org.plasticitylab.sim.Result;

/** Builds the story of a run: stress, doses, plasticity, synapses, memories, mood. */
public final class Narrative {
    /** Days after stress onset at which its effect is read. */
    static final double STRESS_EFFECT_DAYS = 28;
    /** Hours after a dose starts within which its occupancy peak is looked for. */
    static final double DOSE_WINDOW_HOURS = 6;

    private Narrative() {
    }

    /** The explanation of a (possibly cancelled) run. */
    public static Explanation explain(Result result) {
        Scenario s = result.scenario();
        TimeSeries series = result.series();
        Summary sum = result.summary();
        List<Finding> findings = new ArrayList<>();
        findings.add(new Finding("overview", String.format(Locale.ROOT,
                "Scenario \"%s\": %s%s days, %d neurons, seed %d%s.", s.name(),
                s.description().isEmpty() ? "" : s.description() + " ", num(sum.endDay()),
                s.network().neurons(), s.seed(), result.completed() ? "" : " (cancelled early)"),
                numbers("days", sum.endDay())));
        s.stress().stream().filter(p -> p.level() > 0).findFirst()
                .ifPresent(p -> findings.add(stress(p, series)));
        for (Treatment t : s.treatments()) {
            if (t instanceof NmdaBlock block) {
                for (int i = 0; i < block.days().size(); i++) {
                    findings.add(dose(block, i, series));
                }
            } else if (t instanceof Monoaminergic m) {
                findings.add(monoaminergic(m, series));
            }
        }
        s.therapy().forEach(t -> findings.add(therapy(t)));
        findings.add(plasticity(s, series, sum));
        findings.add(density(sum));
        findings.add(recall(sum));
        findings.add(new Finding("mood", String.format(Locale.ROOT,
                "The mood index (0-100, higher is better) goes from %s to %s.",
                num(sum.moodIndexStart()), num(sum.moodIndexEnd())),
                numbers("mood_index_start", sum.moodIndexStart(),
                        "mood_index_end", sum.moodIndexEnd())));
        return new Explanation(s.name(), findings, Explanation.DISCLAIMER);
    }

    private static Finding stress(StressPeriod p, TimeSeries series) {
        double from = p.fromDay() * 24;
        double to = Math.min(p.toDay(), p.fromDay() + STRESS_EFFECT_DAYS) * 24;
        double densityBefore = series.valueAt(Column.SYNAPSE_DENSITY, from);
        double densityAfter = series.valueAt(Column.SYNAPSE_DENSITY, to);
        double recallBefore = series.valueAt(Column.POSITIVE_RECALL, from);
        double recallAfter = series.valueAt(Column.POSITIVE_RECALL, to);
        return new Finding("stress", String.format(Locale.ROOT,
                "Stress of %s starts on day %s. By day %s synapse density goes from %s to %s"
                        + " (%s) and positive recall from %s to %s.",
                num(p.level()), num(p.fromDay()), num(to / 24), num(densityBefore),
                num(densityAfter), percent(densityBefore, densityAfter), num(recallBefore),
                num(recallAfter)),
                numbers("level", p.level(), "from_day", p.fromDay(), "effect_day", to / 24,
                        "density_before", densityBefore, "density_after", densityAfter,
                        "positive_recall_before", recallBefore,
                        "positive_recall_after", recallAfter));
    }

    private static Finding dose(NmdaBlock block, int index, TimeSeries series) {
        double day = block.days().get(index);
        double start = day * 24;
        double end = start + block.infusionMinutes() / 60 + DOSE_WINDOW_HOURS;
        SeriesPeaks.Peak occupancy = SeriesPeaks.max(series, Column.NMDA_OCCUPANCY, start, end);
        SeriesPeaks.Peak drug = SeriesPeaks.max(series, Column.DRUG_MG_PER_L, start, end);
        return new Finding("dose", String.format(Locale.ROOT,
                "Dose %d: %s mg/kg over %s min on day %s. The drug peaks at %s mg/L and NMDA"
                        + " receptor occupancy at %s (day %s).",
                index + 1, num(block.doseMgPerKg()), num(block.infusionMinutes()), num(day),
                num(drug.value()), num(occupancy.value()), num(occupancy.day())),
                numbers("day", day, "dose_mg_per_kg", block.doseMgPerKg(),
                        "peak_drug_mg_per_l", drug.value(), "peak_occupancy", occupancy.value(),
                        "peak_occupancy_day", occupancy.day()));
    }

    private static Finding monoaminergic(Monoaminergic m, TimeSeries series) {
        double before = series.valueAt(Column.PLASTICITY, m.fromDay() * 24);
        double after = series.valueAt(Column.PLASTICITY, m.toDay() * 24);
        return new Finding("monoaminergic", String.format(Locale.ROOT,
                "Monoaminergic (SSRI-like) treatment from day %s to day %s: its effect builds over"
                        + " weeks; plasticity goes from %s to %s.",
                num(m.fromDay()), num(m.toDay()), num(before), num(after)),
                numbers("from_day", m.fromDay(), "to_day", m.toDay(),
                        "plasticity_before", before, "plasticity_after", after));
    }

    private static Finding therapy(TherapySchedule t) {
        return new Finding("therapy", String.format(Locale.ROOT,
                "Therapy: %d sessions of %s h, every %s days from day %s to day %s.",
                t.count(), num(t.durationHours()), num(t.everyDays()), num(t.firstDay()),
                num(t.lastDay())),
                numbers("sessions", (double) t.count(), "first_day", t.firstDay(),
                        "last_day", t.lastDay()));
    }

    private static Finding plasticity(Scenario s, TimeSeries series, Summary sum) {
        double firstTreatment = s.treatments().stream().mapToDouble(Narrative::firstDay).min()
                .orElse(0);
        double before = series.valueAt(Column.PLASTICITY, firstTreatment * 24);
        return new Finding("plasticity", String.format(Locale.ROOT,
                "Plasticity peaks at %s times the healthy baseline on day %s; on day %s it was %s.",
                num(sum.peakPlasticity()), num(sum.peakPlasticityDay()), num(firstTreatment),
                num(before)),
                numbers("peak", sum.peakPlasticity(), "peak_day", sum.peakPlasticityDay(),
                        "reference_day", firstTreatment, "reference", before));
    }

    private static Finding density(Summary sum) {
        return new Finding("density", String.format(Locale.ROOT,
                "Synapse density: %s on day 0, lowest %s on day %s, %s at the end (%s overall).",
                num(sum.densityStart()), num(sum.densityLowest()), num(sum.densityLowestDay()),
                num(sum.densityEnd()), percent(sum.densityStart(), sum.densityEnd())),
                numbers("start", sum.densityStart(), "lowest", sum.densityLowest(),
                        "lowest_day", sum.densityLowestDay(), "end", sum.densityEnd()));
    }

    private static Finding recall(Summary sum) {
        String reading;
        if (sum.positiveRecallEnd() < 0.5 && sum.negativeRecallEnd() > 0.8) {
            reading = " The network is locked into the negative pattern: the model's rumination"
                    + " and anhedonia.";
        } else if (sum.positiveRecallEnd() >= 0.7) {
            reading = " The positive memory is still there.";
        } else {
            reading = "";
        }
        return new Finding("recall", String.format(Locale.ROOT,
                "At the end, positive recall is %s (day 0: %s) and negative recall %s (day 0:"
                        + " %s).%s",
                num(sum.positiveRecallEnd()), num(sum.positiveRecallStart()),
                num(sum.negativeRecallEnd()), num(sum.negativeRecallStart()), reading),
                numbers("positive_start", sum.positiveRecallStart(),
                        "positive_end", sum.positiveRecallEnd(),
                        "negative_start", sum.negativeRecallStart(),
                        "negative_end", sum.negativeRecallEnd()));
    }

    private static double firstDay(Treatment t) {
        return t instanceof NmdaBlock b ? b.days().get(0) : ((Monoaminergic) t).fromDay();
    }

    /** Name-value pairs in the order given, so that JSON output is stable. */
    private static Map<String, Double> numbers(Object... pairs) {
        Map<String, Double> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Double) pairs[i + 1]);
        }
        return map;
    }

    /** Up to three decimals, trailing zeros dropped: 0.5, 0.213, 42. */
    static String num(double value) {
        String s = String.format(Locale.ROOT, "%.3f", value);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    private static String percent(double from, double to) {
        return from == 0 ? "n/a" : String.format(Locale.ROOT, "%+.0f %%", 100 * (to - from) / from);
    }
}
