package org.plasticitylab.viz.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.jfree.data.xy.XYSeries;
import org.junit.jupiter.api.Test;
import org.plasticitylab.metrics.Column;
import org.plasticitylab.viz.TestRuns;

class TimeSeriesDataTest {
    @Test
    void byDayPairsEachRowsDayWithItsValue() {
        XYSeries s = TimeSeriesData.byDay(TestRuns.hourly(1, 2, 3), Column.PLASTICITY, "P", 10);
        assertThat(s.getKey()).isEqualTo("P");
        assertThat(s.getItemCount()).isEqualTo(3);
        assertThat(s.getX(2).doubleValue()).isEqualTo(2 / 24.0);
        assertThat(s.getY(2).doubleValue()).isEqualTo(3);
    }

    @Test
    void thinningKeepsAShortPeakAndAtMostFourPointsPerBucket() {
        double[] p = new double[1000];
        p[503] = 9;
        XYSeries s = TimeSeriesData.byDay(TestRuns.hourly(p), Column.PLASTICITY, "P", 50);
        assertThat(s.getItemCount()).isLessThanOrEqualTo(200);
        assertThat(s.getMaxY()).isEqualTo(9);
        assertThat(s.getX(s.getItemCount() - 1).doubleValue()).isEqualTo(999 / 24.0);
    }

    @Test
    void hoursAfterKeepsOnlyTheWindowAndShiftsTime() {
        XYSeries s = TimeSeriesData.hoursAfter(TestRuns.hourly(0, 1, 2, 3, 4, 5, 6),
                Column.PLASTICITY, "P", 2, 3);
        assertThat(s.getItemCount()).isEqualTo(4);
        assertThat(s.getX(0).doubleValue()).isZero();
        assertThat(s.getY(0).doubleValue()).isEqualTo(2);
        assertThat(s.getX(3).doubleValue()).isEqualTo(3);
    }

    @Test
    void collectionKeepsTheOrderGiven() {
        var c = TimeSeriesData.collection(new XYSeries("a"), new XYSeries("b"));
        assertThat(c.getSeriesKey(0)).isEqualTo("a");
        assertThat(c.getSeriesKey(1)).isEqualTo("b");
    }
}
