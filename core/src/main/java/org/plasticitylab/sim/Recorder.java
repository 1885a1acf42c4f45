package org.plasticitylab.sim;

import java.io.DataOutput;
import java.io.IOException;
import org.plasticitylab.files.BoundedInput;
import org.plasticitylab.files.Checkpointed;
import org.plasticitylab.metrics.Column;
import org.plasticitylab.metrics.TimeSeries;

/** Preallocated columnar storage that the engine fills row by row without allocating. */
final class Recorder implements Checkpointed {
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

    int rows() {
        return rows;
    }

    /** Writes the committed rows, column by column. */
    @Override
    public void save(DataOutput out) throws IOException {
        out.writeInt(rows);
        for (double[] column : columns) {
            for (int r = 0; r < rows; r++) {
                out.writeDouble(column[r]);
            }
        }
    }

    /** Replaces the rows by those written by {@link #save}; every value must be finite. */
    @Override
    public void restore(BoundedInput in) throws IOException {
        int stored = in.readInt("recorded rows", 0, columns[0].length);
        in.need((long) stored * columns.length * Double.BYTES, "recorded rows");
        for (Column c : Column.values()) {
            for (int r = 0; r < stored; r++) {
                columns[c.ordinal()][r] = in.readFinite(c.label() + " of row " + r);
            }
        }
        rows = stored;
    }

    /** The most bytes {@link #save} can take: every row of the capacity. */
    long maxBytes() {
        return Integer.BYTES + (long) columns.length * columns[0].length * Double.BYTES;
    }

    TimeSeries toTimeSeries() {
        return new TimeSeries(columns, rows);
    }

    /**
     * Steps between two events {@code hours} apart: at least 1, in long arithmetic so that a huge
     * interval (sample_every_hours 1e9) means "never", not an int overflow into "every step".
     */
    static int stepsOf(double hours, double dtHours) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(1, Math.round(hours / dtHours)));
    }
}
