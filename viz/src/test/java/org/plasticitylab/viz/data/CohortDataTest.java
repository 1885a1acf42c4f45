package org.plasticitylab.viz.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.YIntervalSeries;
import org.junit.jupiter.api.Test;
import org.plasticitylab.cohort.KaplanMeier;
import org.plasticitylab.metrics.Recovery;

class CohortDataTest {
    private static Recovery recovery(boolean responded, double responseDay, double relapseDay) {
        return new Recovery(100, 40, responded, responseDay, 0.8, 13, 5, relapseDay, Double.NaN,
                0.6, 0.2);
    }

    @Test
    void theStepCurveHasACornerAtEveryDropAndEndsAtTheGivenDay() {
        KaplanMeier km = KaplanMeier.of(new double[] {2, 4, 9}, new boolean[] {true, true, false});
        XYSeries s = CohortData.stepCurve("k", km, 10);
        assertThat(s.toArray()[0]).containsExactly(0, 2, 2, 4, 4, 10);
        double first = 1 - 1.0 / 3;
        double second = first * (1 - 1.0 / 2);
        assertThat(s.toArray()[1]).containsExactly(1, 1, first, first, second, second);
        XYSeries ticks = CohortData.censorTicks("c", km);
        assertThat(ticks.toArray()[0]).containsExactly(9);
        assertThat(ticks.toArray()[1]).containsExactly(second);
    }

    @Test
    void respondersAreDrawnFromResponseToRelapseOrTheEnd() {
        List<Recovery> ordered = List.of(recovery(false, Double.NaN, Double.NaN),
                recovery(true, 43, 60), recovery(true, 44, Double.NaN));
        YIntervalSeries spans = CohortData.wellSpans("w", ordered, 84);
        assertThat(spans.getItemCount()).isEqualTo(2);
        assertThat(spans.getX(0)).isEqualTo(1.0);
        assertThat(spans.getYLowValue(0)).isEqualTo(43);
        assertThat(spans.getYHighValue(0)).isEqualTo(60);
        assertThat(spans.getYHighValue(1)).isEqualTo(84);
        XYSeries relapses = CohortData.relapses("r", ordered);
        assertThat(relapses.getItemCount()).isEqualTo(1);
        assertThat(relapses.getY(0)).isEqualTo(60.0);
    }
}
