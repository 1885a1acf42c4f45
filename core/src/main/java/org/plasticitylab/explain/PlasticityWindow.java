package org.plasticitylab.explain;

import static org.plasticitylab.explain.Numbers.named;
import static org.plasticitylab.explain.Numbers.num;
import static org.plasticitylab.explain.Numbers.short1;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.plasticitylab.metrics.Column;
import org.plasticitylab.metrics.TimeSeries;

/**
 * The window of raised plasticity that NMDA-block doses open: the level before the first dose,
 * how far and how fast plasticity rose, the half-life of its decay after the last dose (fitted),
 * and how long plasticity stayed above {@link #OPEN_RATIO} times its pre-dose level.
 *
 * @param firstDoseDay day of the first dose
 * @param lastDoseDay day of the last dose
 * @param before plasticity just before the first dose
 * @param peak highest plasticity from the first dose on
 * @param peakDay day of that peak
 * @param opensDay first day plasticity exceeds {@code OPEN_RATIO * before}, NaN if never
 * @param closesDay last day it does, NaN if never
 * @param openDays total time above that level, in days
 * @param decay the fit of the decay after the last dose, if the run lasted long enough
 */
record PlasticityWindow(double firstDoseDay, double lastDoseDay, double before, double peak,
        double peakDay, double opensDay, double closesDay, double openDays,
        Optional<DecayFit> decay) {
    /** The window is open while plasticity exceeds this multiple of its pre-dose level. */
    static final double OPEN_RATIO = 1.5;
    /** Longest stretch after the last dose's peak used for the decay fit, in days. */
    static final double FIT_DAYS = 21;

    /** Reads the window off a series whose doses start on the given days (sorted). */
    static PlasticityWindow of(TimeSeries s, List<Double> doseDays) {
        double first = doseDays.get(0);
        double last = doseDays.get(doseDays.size() - 1);
        int start = s.rowAtOrAfter(first * 24);
        double before = s.value(Column.PLASTICITY, Math.max(0, start - 1));
        double threshold = OPEN_RATIO * before;
        int peak = start;
        double opens = Double.NaN;
        double closes = Double.NaN;
        double openHours = 0;
        for (int i = start; i < s.rows(); i++) {
            double p = s.value(Column.PLASTICITY, i);
            if (p > s.value(Column.PLASTICITY, peak)) {
                peak = i;
            }
            if (p > threshold) {
                double day = s.value(Column.DAY, i);
                opens = Double.isNaN(opens) ? day : opens;
                closes = day;
                openHours += i + 1 < s.rows()
                        ? s.value(Column.TIME_H, i + 1) - s.value(Column.TIME_H, i) : 0;
            }
        }
        return new PlasticityWindow(first, last, before, s.value(Column.PLASTICITY, peak),
                s.value(Column.DAY, peak), opens, closes, openHours / 24,
                decayAfter(s, last, before));
    }

    /** Fits the excess over the pre-dose level from the last dose's peak on. */
    private static Optional<DecayFit> decayAfter(TimeSeries s, double lastDoseDay, double before) {
        int from = s.rowAtOrAfter(lastDoseDay * 24);
        int peak = from;
        for (int i = from; i < s.rows() && s.value(Column.DAY, i) < lastDoseDay + 1; i++) {
            if (s.value(Column.PLASTICITY, i) > s.value(Column.PLASTICITY, peak)) {
                peak = i;
            }
        }
        if (peak >= s.rows()) {
            return Optional.empty();
        }
        double peakDay = s.value(Column.DAY, peak);
        List<double[]> points = new ArrayList<>();
        for (int i = peak; i < s.rows() && s.value(Column.DAY, i) <= peakDay + FIT_DAYS; i++) {
            points.add(new double[] {s.value(Column.DAY, i) - peakDay,
                    s.value(Column.PLASTICITY, i) - before});
        }
        double[] t = points.stream().mapToDouble(p -> p[0]).toArray();
        double[] y = points.stream().mapToDouble(p -> p[1]).toArray();
        try {
            return Optional.of(DecayFit.of(t, y));
        } catch (IllegalArgumentException | MathIllegalStateException e) {
            return Optional.empty();
        }
    }

    /** Whether plasticity ever rose above the opening level. */
    boolean opened() {
        return !Double.isNaN(opensDay);
    }

    /** The finding: rise, speed, fitted half-life, how long the window stayed open. */
    Finding finding() {
        double hoursToPeak = (peakDay - firstDoseDay) * 24;
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "Plasticity was %s just before the first dose (day %s)", num(before),
                num(firstDoseDay)));
        if (opened()) {
            text.append(String.format(Locale.ROOT, ", passed %s times that level %s h after the"
                    + " dose started", num(OPEN_RATIO), short1((opensDay - firstDoseDay) * 24)));
        }
        text.append(String.format(Locale.ROOT, " and peaked at %s (x%s) on day %s, %s h after"
                + " the first dose.", num(peak), short1(peak / before), short1(peakDay),
                short1(hoursToPeak)));
        var numbers = named("before", before, "peak", peak, "peak_ratio", peak / before,
                "peak_day", peakDay, "hours_to_peak", hoursToPeak);
        decay.ifPresentOrElse(fit -> {
            text.append(String.format(Locale.ROOT, " After the last dose the excess over the"
                    + " pre-dose level decays with a fitted half-life of %s days (exponential"
                    + " fit, R^2 = %.3f).", short1(fit.halfLife()), fit.rSquared()));
            numbers.put("half_life_days", fit.halfLife());
            numbers.put("half_life_fit_r_squared", fit.rSquared());
        }, () -> text.append(" The run ends too soon after the last dose to fit a half-life."));
        if (opened()) {
            text.append(String.format(Locale.ROOT, " The window (plasticity above %s times its"
                    + " pre-dose level) opened on day %s and last closed on day %s: open for %s"
                    + " days in all.", num(OPEN_RATIO), short1(opensDay), short1(closesDay),
                    short1(openDays)));
            numbers.put("hours_to_open", (opensDay - firstDoseDay) * 24);
            numbers.put("window_opens_day", opensDay);
            numbers.put("window_closes_day", closesDay);
        } else {
            text.append(String.format(Locale.ROOT, " It never rose above %s times its pre-dose"
                    + " level, so no window opened.", num(OPEN_RATIO)));
        }
        numbers.put("window_open_days", openDays);
        return new Finding("window", text.toString(), numbers);
    }

    /** Whether plasticity was above the opening level at {@code day} of series {@code s}. */
    boolean openAt(TimeSeries s, double day) {
        return s.valueAt(Column.PLASTICITY, day * 24) > OPEN_RATIO * before;
    }
}
