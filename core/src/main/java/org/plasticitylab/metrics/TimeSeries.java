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

    /**
     * Wraps the given columns (copied), indexed by {@link Column#ordinal()}.
     *
     * @param columns one array per column, each with at least {@code rows} values; only the first
     *     {@code rows} are kept
     * @param rows number of samples, 0 or more
     * @throws IllegalArgumentException if there is not one array per column or one is too short
     */
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

    /**
     * Number of samples.
     *
     * @return the number of rows
     */
    public int rows() {
        return rows;
    }

    /**
     * One value.
     *
     * @param column the column
     * @param row the row, 0 to {@code rows() - 1}
     * @return the value
     */
    public double value(Column column, int row) {
        return columns[column.ordinal()][row];
    }

    /**
     * A copy of one column.
     *
     * @param column the column
     * @return a new array of {@code rows()} values
     */
    public double[] column(Column column) {
        return columns[column.ordinal()].clone();
    }

    /**
     * The last value of a column.
     *
     * @param column the column
     * @return the value in the last row
     */
    public double last(Column column) {
        return value(column, rows - 1);
    }

    /**
     * Index of the first row at or after {@code hours}, or {@code rows()} if none.
     *
     * @param hours time in hours from day 0
     * @return the row index, found by binary search on the time column
     */
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

    /**
     * The value of a column at the last row at or before {@code hours}.
     *
     * @param column the column
     * @param hours time in hours from day 0
     * @return the value, or the first row's value if {@code hours} is before the first sample
     */
    public double valueAt(Column column, double hours) {
        int row = rowAtOrAfter(hours);
        if (row < rows && value(Column.TIME_H, row) == hours) {
            return value(column, row);
        }
        return value(column, Math.max(0, row - 1));
    }
}
