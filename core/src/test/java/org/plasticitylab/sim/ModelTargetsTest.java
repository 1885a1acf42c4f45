package org.plasticitylab.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plasticitylab.metrics.Column.NEGATIVE_RECALL;
import static org.plasticitylab.metrics.Column.NMDA_OCCUPANCY;
import static org.plasticitylab.metrics.Column.PLASTICITY;
import static org.plasticitylab.metrics.Column.POSITIVE_RECALL;
import static org.plasticitylab.metrics.Column.SYNAPSE_DENSITY;
import static org.plasticitylab.metrics.Column.TIME_H;
import static org.plasticitylab.sim.SeedVotes.onMeanAndMostSeeds;
import static org.plasticitylab.sim.SeedVotes.perSeed;

import java.util.List;
import java.util.function.DoubleBinaryOperator;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plasticitylab.metrics.Column;
import org.plasticitylab.metrics.TimeSeries;

/**
 * One behaviour test per target 1-6 of MODEL.md (7 is in SimulationTest, 8-16 in
 * ClinicalCourseTargetsTest), each on the mean over seeds 1-5 and on at least 4 single seeds;
 * docs/model.md gives the measured values.
 */
class ModelTargetsTest {
    private static final double DOSE_H = 42 * 24;

    @BeforeAll
    static void startRuns() {
        PresetRuns.prefetch("healthy", "chronic-stress", "ketamine-single", "ketamine-series",
                "ketamine-series-therapy", "therapy-only", "ssri-like");
    }

    @Test
    void target1_healthyNetworkKeepsDensityAndBothMemoriesWithinTenPercent() {
        List<Result> runs = PresetRuns.of("healthy");
        for (Column c : List.of(SYNAPSE_DENSITY, POSITIVE_RECALL, NEGATIVE_RECALL)) {
            onMeanAndMostSeeds(c.label() + " lowest over day 0", perSeed(runs,
                    r -> min(r.series(), c, 0, 84 * 24) / r.series().value(c, 0)),
                    x -> x >= 0.9);
            onMeanAndMostSeeds(c.label() + " highest over day 0", perSeed(runs,
                    r -> max(r.series(), c, 0, 84 * 24) / r.series().value(c, 0)),
                    x -> x <= 1.1);
        }
    }

    @Test
    void target2_chronicStressPrunesAndLocksInTheNegativePattern() {
        List<Result> runs = PresetRuns.of("chronic-stress");
        onMeanAndMostSeeds("density on day 28 over day 0", perSeed(runs,
                r -> r.series().valueAt(SYNAPSE_DENSITY, 28 * 24)
                        / r.series().value(SYNAPSE_DENSITY, 0)), x -> x <= 0.7);
        onMeanAndMostSeeds("fall of positive recall by day 28", perSeed(runs,
                r -> r.series().value(POSITIVE_RECALL, 0)
                        - r.series().valueAt(POSITIVE_RECALL, 28 * 24)), x -> x >= 0.3);
        onMeanAndMostSeeds("lowest negative recall to day 28", perSeed(runs,
                r -> min(r.series(), NEGATIVE_RECALL, 0, 28 * 24)), x -> x > 0.8);
    }

    @Test
    void target3_occupancyPeaksDuringTheInfusion() {
        for (Result r : PresetRuns.of("ketamine-single")) {
            TimeSeries s = r.series();
            int peak = argMax(s, NMDA_OCCUPANCY, DOSE_H - 1, DOSE_H + 24);
            double infusionEndH = DOSE_H + 40.0 / 60;
            double dt = r.scenario().dtHours();
            // the peak sample is the first one at or after the end of the infusion
            assertThat(s.value(TIME_H, peak)).isBetween(DOSE_H, infusionEndH + dt);
            assertThat(s.value(NMDA_OCCUPANCY, peak)).isBetween(0.55, 0.7);
        }
    }

    @Test
    void target3_plasticityRisesAtLeastHalfAgainWithinADayThenDecaysOverDays() {
        List<Result> runs = PresetRuns.of("ketamine-single");
        onMeanAndMostSeeds("peak plasticity within 24 h over the pre-dose level", perSeed(runs,
                r -> max(r.series(), PLASTICITY, DOSE_H, DOSE_H + 24)
                        / r.series().valueAt(PLASTICITY, DOSE_H - 1)), x -> x >= 1.5);
        onMeanAndMostSeeds("half-life of the plasticity excess, days", perSeed(runs,
                r -> halfLifeDays(r.series(), r.series().valueAt(PLASTICITY, DOSE_H - 1))),
                d -> d >= 1 && d <= 4);
    }

    @Test
    void target3_densityRisesWithinThreeDaysThenReturnsWithinAboutThreeWeeks() {
        List<Result> dosed = PresetRuns.of("ketamine-single");
        List<Result> undosed = PresetRuns.of("chronic-stress");
        onMeanAndMostSeeds("density 3 days after the dose over before it", perSeed(dosed,
                r -> r.series().valueAt(SYNAPSE_DENSITY, DOSE_H + 72)
                        / r.series().valueAt(SYNAPSE_DENSITY, DOSE_H)), x -> x > 1.1);
        double[] ratio = new double[dosed.size()];
        for (int i = 0; i < ratio.length; i++) {
            ratio[i] = dosed.get(i).series().valueAt(SYNAPSE_DENSITY, DOSE_H + 21 * 24)
                    / undosed.get(i).series().valueAt(SYNAPSE_DENSITY, DOSE_H + 21 * 24);
        }
        onMeanAndMostSeeds("density 3 weeks after the dose over no dose", ratio,
                x -> Math.abs(x - 1) <= 0.1);
    }

    @Test
    void target4_aSeriesLiftsPlasticityAndDensityMoreThanOneDose() {
        List<Result> single = PresetRuns.of("ketamine-single");
        List<Result> series = PresetRuns.of("ketamine-series");
        double to = DOSE_H + 21 * 24;
        onMeanAndMostSeeds("peak plasticity, series over one dose",
                ratio(series, single, s -> max(s, PLASTICITY, DOSE_H, to)), x -> x > 1);
        onMeanAndMostSeeds("peak density, series over one dose",
                ratio(series, single, s -> max(s, SYNAPSE_DENSITY, DOSE_H, to)), x -> x > 1);
        onMeanAndMostSeeds("area of plasticity over 3 weeks, series over one dose",
                ratio(series, single, s -> area(s, PLASTICITY, DOSE_H, to)), x -> x > 1.5);
    }

    @Test
    void target5_therapyInsideTheWindowLeavesPositiveRecallHigherThanEitherAlone() {
        double end = 84 * 24;
        List<Result> combined = PresetRuns.of("ketamine-series-therapy");
        onMeanAndMostSeeds("positive recall on day 84, series + therapy less series alone",
                difference(combined, PresetRuns.of("ketamine-series"),
                        s -> s.valueAt(POSITIVE_RECALL, end)), x -> x >= 0.3);
        onMeanAndMostSeeds("positive recall on day 84, series + therapy less therapy alone",
                difference(combined, PresetRuns.of("therapy-only"),
                        s -> s.valueAt(POSITIVE_RECALL, end)), x -> x >= 0.3);
    }

    @Test
    void target6_monoaminergicPlasticityRisesOverWeeksNotHours() {
        for (Result r : PresetRuns.of("ssri-like")) {
            TimeSeries s = r.series();
            double start = s.valueAt(PLASTICITY, DOSE_H);
            double rise3d = s.valueAt(PLASTICITY, DOSE_H + 72) - start;
            double finalRise = s.last(PLASTICITY) - start;
            assertThat(finalRise).isPositive();
            assertThat(rise3d).isLessThan(finalRise / 3);
        }
    }

    /** Per seed, the value in {@code a} over the value in {@code b}. */
    private static double[] ratio(List<Result> a, List<Result> b,
            ToDoubleFunction<TimeSeries> f) {
        return combine(a, b, f, (x, y) -> x / y);
    }

    /** Per seed, the value in {@code a} less the value in {@code b}. */
    private static double[] difference(List<Result> a, List<Result> b,
            ToDoubleFunction<TimeSeries> f) {
        return combine(a, b, f, (x, y) -> x - y);
    }

    private static double[] combine(List<Result> a, List<Result> b,
            ToDoubleFunction<TimeSeries> f, DoubleBinaryOperator op) {
        double[] out = new double[a.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = op.applyAsDouble(f.applyAsDouble(a.get(i).series()),
                    f.applyAsDouble(b.get(i).series()));
        }
        return out;
    }

    private static double min(TimeSeries s, Column c, double fromH, double toH) {
        double m = Double.POSITIVE_INFINITY;
        for (int i = s.rowAtOrAfter(fromH); i < s.rows() && s.value(TIME_H, i) <= toH; i++) {
            m = Math.min(m, s.value(c, i));
        }
        return m;
    }

    private static double max(TimeSeries s, Column c, double fromH, double toH) {
        return s.value(c, argMax(s, c, fromH, toH));
    }

    private static int argMax(TimeSeries s, Column c, double fromH, double toH) {
        int best = s.rowAtOrAfter(fromH);
        for (int i = best; i < s.rows() && s.value(TIME_H, i) <= toH; i++) {
            if (s.value(c, i) > s.value(c, best)) {
                best = i;
            }
        }
        return best;
    }

    /** Integral of the rise above the value at {@code fromH}, in unit-hours. */
    private static double area(TimeSeries s, Column c, double fromH, double toH) {
        double base = s.valueAt(c, fromH);
        double sum = 0;
        for (int i = s.rowAtOrAfter(fromH) + 1; i < s.rows() && s.value(TIME_H, i) <= toH; i++) {
            double dt = s.value(TIME_H, i) - s.value(TIME_H, i - 1);
            sum += (s.value(c, i) - base) * dt;
        }
        return sum;
    }

    /** Time for the plasticity excess over the pre-dose level to fall from its peak to half. */
    private static double halfLifeDays(TimeSeries s, double before) {
        int peak = argMax(s, PLASTICITY, DOSE_H, DOSE_H + 24);
        double half = before + (s.value(PLASTICITY, peak) - before) / 2;
        for (int i = peak; i < s.rows(); i++) {
            if (s.value(PLASTICITY, i) <= half) {
                return (s.value(TIME_H, i) - s.value(TIME_H, peak)) / 24;
            }
        }
        return Double.POSITIVE_INFINITY;
    }
}
