package org.plasticitylab.sim;

import static org.assertj.core.api.Assertions.assertThat;

import org.plasticitylab.metrics.Column;
import org.plasticitylab.metrics.TimeSeries;

/** The determinism check of every core test: two series agree in every bit of every value. */
public final class SameBits {
    private SameBits() {
    }

    /**
     * Fails with the first column and row whose bits differ.
     *
     * @param a one series
     * @param b the other
     */
    public static void assertSameBits(TimeSeries a, TimeSeries b) {
        assertThat(a.rows()).isEqualTo(b.rows());
        for (Column c : Column.values()) {
            double[] x = a.column(c);
            double[] y = b.column(c);
            for (int i = 0; i < x.length; i++) {
                assertThat(Double.doubleToRawLongBits(x[i])).as(c.label() + " row " + i)
                        .isEqualTo(Double.doubleToRawLongBits(y[i]));
            }
        }
    }
}
