package org.plasticitylab.cli.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import org.plasticitylab.files.Decimals;
import org.plasticitylab.metrics.Column;
import org.plasticitylab.metrics.TimeSeries;

/**
 * The time series as JSON (one array per column), numbers as {@link Decimals#file} writes them;
 * the CSV is {@link org.plasticitylab.output.TimeSeriesCsv}.
 */
public final class TimeSeriesFiles {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private TimeSeriesFiles() {
    }

    /**
     * {@code {"rows": n, "columns": {"time_h": [...], ...}}}.
     *
     * @param series the run's time series
     * @param out where to write; left open
     * @throws IOException if writing fails
     */
    public static void writeJson(TimeSeries series, Writer out) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeNumberField("rows", series.rows());
            g.writeObjectFieldStart("columns");
            for (Column c : Column.values()) {
                g.writeArrayFieldStart(c.label());
                for (int i = 0; i < series.rows(); i++) {
                    double v = series.value(c, i);
                    if (Double.isFinite(v)) {
                        g.writeNumber(Decimals.decimal(v));
                    } else {
                        g.writeNumber(v);
                    }
                }
                g.writeEndArray();
            }
            g.writeEndObject();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }
}
