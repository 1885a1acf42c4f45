package org.plasticitylab.viz.data;

import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.plasticitylab.metrics.Column;
import org.plasticitylab.metrics.TimeSeries;

/** Turns columns of a {@link TimeSeries} into JFreeChart series; pure functions. */
public final class TimeSeriesData {
    private TimeSeriesData() {
    }

    /**
     * Column {@code column} against time in days, thinned to at most {@code 4 * buckets} points
     * that draw the same picture: the rows are cut into {@code buckets} runs and each run keeps
     * its first, lowest, highest and last row (the M4 method of Jugel et al. 2014). So a drug
     * peak lasting minutes survives, while an 84-day chart and its SVG stay small.
     *
     * @param series the run's time series
     * @param column the metric to plot
     * @param key the series key
     * @param buckets the number of runs to cut the rows into, at least 1
     * @return the series, x in days
     * @throws IllegalArgumentException if {@code buckets} is less than 1
     */
    public static XYSeries byDay(TimeSeries series, Column column, String key, int buckets) {
        if (buckets < 1) {
            throw new IllegalArgumentException("buckets must be >= 1, was " + buckets);
        }
        XYSeries out = newSeries(key);
        int rows = series.rows();
        if (rows <= 4L * buckets) {
            for (int row = 0; row < rows; row++) {
                add(out, series, column, row);
            }
            return out;
        }
        for (int b = 0; b < buckets; b++) {
            int from = (int) ((long) rows * b / buckets);
            int to = (int) ((long) rows * (b + 1) / buckets) - 1;
            int low = from;
            int high = from;
            for (int row = from + 1; row <= to; row++) {
                double v = series.value(column, row);
                low = v < series.value(column, low) ? row : low;
                high = v > series.value(column, high) ? row : high;
            }
            int[] keep = {from, Math.min(low, high), Math.max(low, high), to};
            for (int i = 0; i < keep.length; i++) {
                if (i == 0 || keep[i] != keep[i - 1]) {
                    add(out, series, column, keep[i]);
                }
            }
        }
        return out;
    }

    private static void add(XYSeries out, TimeSeries series, Column column, int row) {
        out.add(series.value(Column.DAY, row), series.value(column, row), false);
    }

    /**
     * Column {@code column} against hours since {@code startHours}, for the rows from
     * {@code startHours} up to {@code startHours + spanHours} inclusive.
     *
     * @param series the run's time series
     * @param column the metric to plot
     * @param key the series key
     * @param startHours simulated time of x = 0, in hours
     * @param spanHours how many hours to keep
     * @return the series, x in hours since {@code startHours}
     */
    public static XYSeries hoursAfter(TimeSeries series, Column column, String key,
            double startHours, double spanHours) {
        XYSeries out = newSeries(key);
        for (int row = series.rowAtOrAfter(startHours); row < series.rows(); row++) {
            double since = series.value(Column.TIME_H, row) - startHours;
            if (since > spanHours) {
                break;
            }
            out.add(since, series.value(column, row), false);
        }
        return out;
    }

    /**
     * A collection holding the given series in order.
     *
     * @param series the series
     * @return a new collection
     */
    public static XYSeriesCollection collection(XYSeries... series) {
        XYSeriesCollection out = new XYSeriesCollection();
        for (XYSeries s : series) {
            out.addSeries(s);
        }
        return out;
    }

    // Rows are already in time order: skip sorting and duplicate checks, which cost O(n^2).
    private static XYSeries newSeries(String key) {
        return new XYSeries(key, false, true);
    }
}
