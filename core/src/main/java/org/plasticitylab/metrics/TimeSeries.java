package org.plasticitylab.metrics;

import java.util.Arrays;
import org.plasticitylab.internal.Checks;

/**
 * An immutable, columnar table of samples: one {@code double[]} per {@link Column}, all of the
 * same length, in time order.
 */
public final class TimeSeries {
    private final double[][] columns;
    private final int rows;

    /** Wraps the given columns (copied), indexed by {@link Column#ordinal()}. */
    public TimeSeries(double[][] columns, int rows) {
        if (columns.length != Column.values().length) {
            throw new IllegalArgumentException("columns must have " + Column.values().length
                    + " entries, was " + columns.length);
        }
        Checks.atLeast("rows", rows, 0);
        this.rows = rows;
        this.columns = new double[columns.length][];
        for (int c = 0; c < columns.length; c++) {
            if (columns[c].length < rows) {
                throw new IllegalArgumentException("column " + Column.values()[c].label()
                        + " has " + columns[c].length + " values, fewer than rows = " + rows);
            }
            this.columns[c] = Arrays.copyOf(columns[c], rows);
        }
    }

    /** Number of samples. */
    public int rows() {
        return rows;
    }

    /** One value. */
    public double value(Column column, int row) {
        return columns[column.ordinal()][row];
    }

    /** A copy of one column. */
    public double[] column(Column column) {
        return columns[column.ordinal()].clone();
    }

    /** The last value of a column. */
    public double last(Column column) {
        return value(column, rows - 1);
    }

    /** Index of the first row at or after {@code hours}, or {@code rows()} if none. */
    public int rowAtOrAfter(double hours) {
        double[] t = columns[Column.TIME_H.ordinal()];
        int lo = 0;
        int hi = rows;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (t[mid] < hours) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The value of a column at the last row at or before {@code hours}. */
    public double valueAt(Column column, double hours) {
        int row = rowAtOrAfter(hours);
        if (row < rows && value(Column.TIME_H, row) == hours) {
            return value(column, row);
        }
        return value(column, Math.max(0, row - 1));
    }
}
