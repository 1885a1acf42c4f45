package org.plasticitylab.output;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.plasticitylab.metrics.Column;
import org.plasticitylab.metrics.TimeSeries;

/** {@code timeseries.csv}: the exact column names of MODEL.md, then one line per sample. */
public final class TimeSeriesCsv {
    private TimeSeriesCsv() {
    }

    /**
     * Header, then one line per sample, numbers as {@link Csv#line} writes them.
     *
     * @param series the run's time series
     * @param out where to write; left open
     * @throws IOException if writing fails
     */
    public static void write(TimeSeries series, Appendable out) throws IOException {
        List<Object> header = new ArrayList<>();
        for (Column c : Column.values()) {
            header.add(c.label());
        }
        out.append(Csv.line(header));
        List<Object> row = new ArrayList<>(header.size());
        for (int i = 0; i < series.rows(); i++) {
            row.clear();
            for (Column c : Column.values()) {
                row.add(series.value(c, i));
            }
            out.append(Csv.line(row));
        }
    }
}
