package org.plasticitylab.explain;

import static org.plasticitylab.explain.Numbers.named;
import static org.plasticitylab.explain.Numbers.num;

import java.util.Locale;
import java.util.Optional;
import org.plasticitylab.metrics.Column;
import org.plasticitylab.metrics.TimeSeries;
import org.plasticitylab.scenario.Monoaminergic;
import org.plasticitylab.scenario.NmdaBlock;
import org.plasticitylab.scenario.TherapySchedule;

/** What was given: each NMDA-block dose with its occupancy peak, SSRI-like courses, therapy. */
final class TreatmentFindings {
    /** Hours after an infusion ends within which its occupancy peak is looked for. */
    static final double PEAK_SEARCH_HOURS = 6;

    private TreatmentFindings() {
    }

    static Finding dose(NmdaBlock block, int index, TimeSeries series) {
        double day = block.days().get(index);
        double start = day * 24;
        double end = start + block.infusionMinutes() / 60 + PEAK_SEARCH_HOURS;
        SeriesPeaks.Peak occupancy = SeriesPeaks.max(series, Column.NMDA_OCCUPANCY, start, end);
        SeriesPeaks.Peak drug = SeriesPeaks.max(series, Column.DRUG_MG_PER_L, start, end);
        double minutesToPeak = (occupancy.day() - day) * 24 * 60;
        return new Finding("dose", String.format(Locale.ROOT,
                "Dose %d: %s mg/kg over %s min on day %s. The drug peaks at %s mg/L and NMDA"
                        + " receptor occupancy at %s (in the sample %s min after the infusion"
                        + " starts).",
                index + 1, num(block.doseMgPerKg()), num(block.infusionMinutes()), num(day),
                num(drug.value()), num(occupancy.value()), num(Math.round(minutesToPeak))),
                named("day", day, "dose_mg_per_kg", block.doseMgPerKg(),
                        "peak_drug_mg_per_l", drug.value(), "peak_occupancy", occupancy.value(),
                        "peak_occupancy_day", occupancy.day(),
                        "minutes_to_peak_occupancy", minutesToPeak));
    }

    static Finding monoaminergic(Monoaminergic m, TimeSeries series) {
        double before = series.valueAt(Column.PLASTICITY, m.fromDay() * 24);
        double threeDays = series.valueAt(Column.PLASTICITY, (m.fromDay() + 3) * 24);
        double after = series.valueAt(Column.PLASTICITY, m.toDay() * 24);
        return new Finding("monoaminergic", String.format(Locale.ROOT,
                "Monoaminergic (SSRI-like) treatment from day %s to day %s: its effect builds over"
                        + " weeks; plasticity goes from %s to %s after three days and %s by day"
                        + " %s.",
                num(m.fromDay()), num(m.toDay()), num(before), num(threeDays), num(after),
                num(m.toDay())),
                named("from_day", m.fromDay(), "to_day", m.toDay(), "plasticity_before", before,
                        "plasticity_after_3_days", threeDays, "plasticity_after", after));
    }

    /** The schedule, and how many sessions fall (at least partly) inside a dose's window. */
    static Finding therapy(TherapySchedule t, Optional<PlasticityWindow> window,
            TimeSeries series) {
        int inside = 0;
        for (int i = 0; i < t.count(); i++) {
            double start = t.firstDay() + i * t.everyDays();
            double end = start + t.durationHours() / 24;
            inside += window.filter(w -> w.openAt(series, start) || w.openAt(series, end))
                    .isPresent() ? 1 : 0;
        }
        String where = window.isEmpty() ? ""
                : String.format(Locale.ROOT, " %d of them fall inside the window.",
                        inside);
        return new Finding("therapy", String.format(Locale.ROOT,
                "Therapy: %d sessions of %s h, every %s days from day %s to day %s.%s",
                t.count(), num(t.durationHours()), num(t.everyDays()), num(t.firstDay()),
                num(t.lastDay()), where),
                named("sessions", t.count(), "first_day", t.firstDay(),
                        "last_day", t.lastDay(), "sessions_inside_window", inside));
    }
}
