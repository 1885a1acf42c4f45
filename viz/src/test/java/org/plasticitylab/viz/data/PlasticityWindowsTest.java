package org.plasticitylab.viz.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plasticitylab.viz.TestRuns;

class PlasticityWindowsTest {
    /** P = 1 for a day, 2 for the next day, then 1 again; 72 hourly rows. */
    private static double[] stepUpOnDayOne() {
        double[] p = new double[72];
        Arrays.fill(p, 1);
        Arrays.fill(p, 24, 48, 2);
        return p;
    }

    @Test
    void windowSpansTheRowsAtOrAboveOneAndAHalfTimesThePreDoseLevel() {
        List<DayInterval> w = PlasticityWindows.find(TestRuns.hourly(stepUpOnDayOne()),
                List.of(1.0));
        assertThat(w).containsExactly(new DayInterval(1, 47 / 24.0));
    }

    @Test
    void aDoseInsideAnOpenWindowExtendsItInsteadOfStartingAnother() {
        List<DayInterval> w = PlasticityWindows.find(TestRuns.hourly(stepUpOnDayOne()),
                List.of(1.0, 1.5));
        assertThat(w).hasSize(1);
    }

    @Test
    void aDoseThatDoesNotRaisePlasticityOpensNoWindow() {
        double[] flat = new double[100];
        Arrays.fill(flat, 1);
        assertThat(PlasticityWindows.find(TestRuns.hourly(flat), List.of(1.0))).isEmpty();
    }
}
