package org.plasticitylab.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.plasticitylab.metrics.Column;
import org.plasticitylab.metrics.TimeSeries;

class TimeSeriesCsvTest {
    private static final double[] AWKWARD = {0.0, -0.0, 1.0, 0.1, 1e-300, -2.5e10, 1e7, 1e-3,
        0.059290754663902226, Double.MIN_VALUE, Double.MAX_VALUE, Double.NaN,
        Double.POSITIVE_INFINITY};

    @Test
    void everyRowIsTheCsvLineOfItsValuesPlainAndReadsBackToTwelveDigits() throws Exception {
        int rows = 3000; // far more than one buffered chunk
        int columns = Column.values().length;
        double[][] values = new double[columns][rows];
        Random random = new Random(7);
        for (int c = 0; c < columns; c++) {
            for (int r = 0; r < rows; r++) {
                values[c][r] = r < AWKWARD.length ? AWKWARD[(r + c) % AWKWARD.length]
                        : random.nextDouble() * Math.pow(10, random.nextInt(20) - 10);
            }
        }
        StringWriter out = new StringWriter();
        TimeSeriesCsv.write(new TimeSeries(values, rows), out);

        String[] lines = out.toString().split("\n", -1);
        assertThat(lines).hasSize(1 + rows + 1);
        assertThat(lines[rows + 1]).isEmpty();
        for (int r = 0; r < rows; r++) {
            List<Object> cells = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                cells.add(values[c][r]);
            }
            assertThat(lines[1 + r] + "\n").isEqualTo(Csv.line(cells));
            assertThat(lines[1 + r]).doesNotContain("E");
            String[] read = lines[1 + r].split(",");
            for (int c = 0; c < columns; c++) {
                double value = values[c][r];
                double back = Double.parseDouble(read[c]);
                if (Double.isFinite(value)) {
                    assertThat(back).isCloseTo(value, within(Math.max(Math.abs(value) * 1e-11,
                            1e-15)));
                } else {
                    assertThat(Double.compare(back, value)).isZero();
                }
            }
        }
    }

    @Test
    void emptySeriesIsJustTheHeader() throws Exception {
        double[][] none = new double[Column.values().length][0];
        StringWriter out = new StringWriter();
        TimeSeriesCsv.write(new TimeSeries(none, 0), out);
        assertThat(out.toString()).startsWith("time_h,day,").endsWith("trapped_block\n")
                .hasLineCount(1);
    }
}
