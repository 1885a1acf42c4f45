package org.plasticitylab.explain;

import static org.plasticitylab.explain.Numbers.named;
import static org.plasticitylab.explain.Numbers.num;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.plasticitylab.metrics.Column;
import org.plasticitylab.metrics.TimeSeries;
import org.plasticitylab.scenario.TherapySchedule;
import org.plasticitylab.scenario.TreatmentEvent;

/** What was given: each dose with its occupancy peak, each course, therapy. */
final class TreatmentFindings {
    /** Hours after a dose ends within which its occupancy peak is looked for. */
    static final double PEAK_SEARCH_HOURS = 6;

    private TreatmentFindings() {
    }

    /** One dose: what it was, and when its drug and occupancy peaked. */
    static Finding dose(TreatmentEvent dose, int index, TimeSeries series) {
        double start = dose.startHours();
        double end = dose.endDay() * 24 + PEAK_SEARCH_HOURS;
        SeriesPeaks.Peak occupancy = SeriesPeaks.max(series, Column.NMDA_OCCUPANCY, start, end);
        SeriesPeaks.Peak drug = SeriesPeaks.max(series, Column.DRUG_MG_PER_L, start, end);
        double minutesToPeak = (occupancy.day() - dose.day()) * 24 * 60;
        List<Object> numbers = new ArrayList<>(List.of("day", dose.day()));
        for (Map.Entry<String, Double> n : dose.numbers().entrySet()) {
            numbers.add(n.getKey());
            numbers.add(n.getValue());
        }
        numbers.addAll(List.of("peak_drug_mg_per_l", drug.value(), "peak_occupancy",
                occupancy.value(), "peak_occupancy_day", occupancy.day(),
                "minutes_to_peak_occupancy", minutesToPeak));
        return new Finding("dose", String.format(Locale.ROOT,
                "Dose %d: %s on day %s. The drug peaks at %s mg/L and NMDA receptor occupancy at"
                        + " %s (in the sample %s min after the dose starts).",
                index + 1, dose.what(), num(dose.day()), num(drug.value()),
                num(occupancy.value()), num(Math.round(minutesToPeak))),
                named(numbers.toArray()));
    }

    static Finding course(TreatmentEvent course, TimeSeries series) {
        double before = series.valueAt(Column.PLASTICITY, course.startHours());
        double threeDays = series.valueAt(Column.PLASTICITY, (course.day() + 3) * 24);
        double after = series.valueAt(Column.PLASTICITY, course.endDay() * 24);
        return new Finding("course", String.format(Locale.ROOT,
                "%s, from day %s to day %s: plasticity goes from %s to %s after three days and"
                        + " %s by day %s.",
                course.what(), num(course.day()), num(course.endDay()), num(before),
                num(threeDays), num(after), num(course.endDay())),
                named("from_day", course.day(), "to_day", course.endDay(), "plasticity_before",
                        before, "plasticity_after_3_days", threeDays, "plasticity_after", after));
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
