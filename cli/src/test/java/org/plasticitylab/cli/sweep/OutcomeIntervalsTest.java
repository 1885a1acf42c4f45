package org.plasticitylab.cli.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plasticitylab.output.SummaryFields;
import org.plasticitylab.metrics.Interval;
import org.plasticitylab.metrics.Summary;

/**
 * Issue 13, item 13: with 2 seeds a t-interval gave a recall band down to -0.18, ci95_high
 * 1.0058 and density_lowest_day -50..118; the intervals stay within what can be.
 */
class OutcomeIntervalsTest {
    private static Summary summary(double recallEnd, double lowestDay) {
        List<Double> values = new ArrayList<>(Collections.nCopies(SummaryFields.NAMES.size(),
                0.5));
        values.set(SummaryFields.NAMES.indexOf("positive_recall_end"), recallEnd);
        values.set(SummaryFields.NAMES.indexOf("density_lowest_day"), lowestDay);
        values.set(SummaryFields.NAMES.indexOf("end_day"), 84.0);
        return SummaryFields.summary(values);
    }

    @Test
    void twoSeedsFarApartGiveAnIntervalWithinThePossibleRange() {
        SweepGrid grid = SweepGrid.of(List.of(Variation.parse("stress[0].level=0.5:0.5:1")), 1,
                2);
        List<Summary> summaries = List.of(summary(0.02, 10), summary(0.99, 70));
        Interval recall = OutcomeIntervals.of(grid, summaries, 0, "positive_recall_end");
        assertThat(recall.low()).isEqualTo(0.0);
        assertThat(recall.high()).isEqualTo(1.0);
        assertThat(recall.mean()).isEqualTo(0.505);
        Interval day = OutcomeIntervals.of(grid, summaries, 0, "density_lowest_day");
        assertThat(day.low()).isEqualTo(0.0);
        assertThat(day.high()).isEqualTo(84.0);
    }

    @Test
    void narrowIntervalsAreLeftAsTheyAre() {
        SweepGrid grid = SweepGrid.of(List.of(Variation.parse("stress[0].level=0.5:0.5:1")), 1,
                3);
        List<Summary> summaries = List.of(summary(0.5, 40), summary(0.51, 41), summary(0.49, 39));
        Interval recall = OutcomeIntervals.of(grid, summaries, 0, "positive_recall_end");
        assertThat(recall.low()).isGreaterThan(0.4).isLessThan(0.5);
        assertThat(recall.high()).isGreaterThan(0.5).isLessThan(0.6);
    }

    @Test
    void everyOutcomeHasARangeAndTheKnownOnesAreBounded() {
        for (String name : SummaryFields.NAMES) {
            double[] range = SummaryFields.range(name, 84);
            assertThat(range[0]).as(name).isLessThan(range[1]);
            // an improvement is below 0 when worse than before treatment, above 1 when better
            // than healthy: it has no bounds
            if (!name.equals("peak_plasticity") && !name.contains("improvement")
                    || name.endsWith("_day")) {
                assertThat(range[1]).as(name).isFinite();
            }
        }
        assertThat(SummaryFields.range(SummaryFields.RESPONDED, 84)).containsExactly(0, 1);
    }
}
