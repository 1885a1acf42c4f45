package org.plasticitylab.viz.data;

import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.plasticitylab.metrics.Column;
import org.plasticitylab.metrics.TimeSeries;

/** Turns columns of a {@link TimeSeries} into JFreeChart series; pure functions. */
public final class TimeSeriesData {
    private TimeSeriesData() {
    }

    /** Column {@code column} against time in days, one point per row. */
    public static XYSeries byDay(TimeSeries series, Column column, String key) {
        XYSeries out = newSeries(key);
        for (int row = 0; row < series.rows(); row++) {
            out.add(series.value(Column.DAY, row), series.value(column, row), false);
        }
        return out;
    }

    /**
     * Column {@code column} against hours since {@code startHours}, for the rows from
     * {@code startHours} up to {@code startHours + spanHours} inclusive.
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

    /** A collection holding the given series in order. */
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
