package org.plasticitylab.viz.data;

import java.util.ArrayList;
import java.util.List;
import org.plasticitylab.metrics.Column;
import org.plasticitylab.metrics.TimeSeries;

/**
 * Finds the "window of opportunity": the time after a dose during which plasticity P stays at
 * or above a factor (1.5 by default) of its level just before that dose. A dose given while a
 * window is open extends that window rather than starting a new one, so an induction series
 * shows as one window measured against the pre-series level.
 */
public final class PlasticityWindows {
    /** Factor over the pre-dose level that counts as a raised plasticity, as in MODEL.md. */
    public static final double DEFAULT_FACTOR = 1.5;
    /** A dose that does not lift P over the threshold within this time opens no window. */
    private static final double RISE_HOURS = 48;

    private PlasticityWindows() {
    }

    /**
     * The windows after the given doses with the default factor.
     *
     * @param series the run's time series
     * @param doseDays the days of the doses, sorted
     * @return the windows, in time order
     */
    public static List<DayInterval> find(TimeSeries series, List<Double> doseDays) {
        return find(series, doseDays, DEFAULT_FACTOR);
    }

    /**
     * The windows after the given dose days (sorted), with P at least {@code factor} x pre-dose.
     *
     * @param series the run's time series
     * @param doseDays the days of the doses, sorted
     * @param factor the factor over the pre-dose level, greater than 0
     * @return the windows, in time order; doses past the end of the series open none
     * @throws IllegalArgumentException if {@code factor} is not greater than 0
     */
    public static List<DayInterval> find(TimeSeries series, List<Double> doseDays, double factor) {
        if (!(factor > 0)) {
            throw new IllegalArgumentException("factor must be > 0, was " + factor);
        }
        List<DayInterval> windows = new ArrayList<>();
        for (double day : doseDays) {
            if (!windows.isEmpty() && windows.get(windows.size() - 1).toDay() >= day) {
                continue;
            }
            int start = series.rowAtOrAfter(day * 24);
            if (start >= series.rows()) {
                continue;
            }
            double threshold = factor * series.value(Column.PLASTICITY, Math.max(0, start - 1));
            int first = -1;
            int last = -1;
            for (int row = start; row < series.rows(); row++) {
                if (series.value(Column.PLASTICITY, row) >= threshold) {
                    first = first < 0 ? row : first;
                    last = row;
                } else if (first >= 0
                        || series.value(Column.TIME_H, row) > day * 24 + RISE_HOURS) {
                    break;
                }
            }
            if (first >= 0) {
                windows.add(new DayInterval(series.value(Column.DAY, first),
                        series.value(Column.DAY, last)));
            }
        }
        return List.copyOf(windows);
    }
}
