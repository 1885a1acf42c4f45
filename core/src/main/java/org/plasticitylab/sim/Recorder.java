package org.plasticitylab.sim;

import org.plasticitylab.metrics.Column;
import org.plasticitylab.metrics.TimeSeries;

/** Preallocated columnar storage that the engine fills row by row without allocating. */
final class Recorder {
    private final double[][] columns;
    private final double[] row = new double[Column.values().length];
    private int rows;

    Recorder(int capacity) {
        columns = new double[Column.values().length][capacity];
    }

    /** The scratch row to fill; {@link #commit()} stores it. */
    double[] row() {
        return row;
    }

    /** Appends the scratch row. */
    void commit() {
        for (int c = 0; c < row.length; c++) {
            columns[c][rows] = row[c];
        }
        rows++;
    }

    /** The last committed value of a column. */
    double latest(Column column) {
        return columns[column.ordinal()][Math.max(0, rows - 1)];
    }

    TimeSeries toTimeSeries() {
        return new TimeSeries(columns, rows);
    }
}
