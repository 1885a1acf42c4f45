package org.plasticitylab.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plasticitylab.metrics.Column.ACTIVITY;
import static org.plasticitylab.metrics.Column.NEGATIVE_RECALL;
import static org.plasticitylab.metrics.Column.SYNAPSE_DENSITY;
import static org.plasticitylab.metrics.Column.TIME_H;
import static org.plasticitylab.sim.SeedVotes.onAtLeast;
import static org.plasticitylab.sim.SeedVotes.onMeanAndMostSeeds;
import static org.plasticitylab.sim.SeedVotes.perSeed;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plasticitylab.metrics.Column;
import org.plasticitylab.metrics.Improvement;
import org.plasticitylab.metrics.Recovery;
import org.plasticitylab.metrics.TimeSeries;
import org.plasticitylab.scenario.Presets;
import org.plasticitylab.scenario.Timeline;

/**
 * Targets 8-16 of MODEL.md (the clinical time course), each read at the time it names, over
 * seeds 1-5: on the mean and on at least 4 single seeds unless the target says otherwise.
 */
class ClinicalCourseTargetsTest {
    private static final double DOSE_H = 42 * 24;
    private static final double LONG_DAYS = 168;

    @BeforeAll
    static void startRuns() {
        PresetRuns.prefetch("ketamine-single", "chronic-stress", "ketamine-series",
                "ketamine-series-therapy", "maintenance", "stress-relief");
    }

    @Test
    void target8_oneDoseActsWithinADayAndPeaksWithinFourDays() {
        List<Result> runs = PresetRuns.of("ketamine-single");
        onMeanAndMostSeeds("f 24 h after the dose", perSeed(runs,
                r -> improvement(r).atHours(DOSE_H + 24)), f -> f >= 0.2);
        onMeanAndMostSeeds("peak of f", perSeed(runs, r -> peakAfterDose(r)[1]), f -> f >= 0.3);
        onMeanAndMostSeeds("hours from the dose to the peak of f",
                perSeed(runs, r -> peakAfterDose(r)[0]), h -> h >= 12 && h <= 96);
    }

    @Test
    void target9_oneDoseFadesBelowAThirdOfItsPeakWithinTwoWeeks() {
        List<Result> runs = PresetRuns.of("ketamine-single");
        onMeanAndMostSeeds("days from the dose until f is back below 0.15",
                perSeed(runs, ClinicalCourseTargetsTest::daysUntilBackBelow), d -> d <= 14);
    }

    @Test
    void target10_aSeriesAloneGetsResponsesThatRelapseAfterTwoToFourWeeks() {
        List<Recovery> courses = recoveries(PresetRuns.of("ketamine-series"));
        MeasuredValues.note("series: response day", courses.stream()
                .mapToDouble(c -> c.responded() ? c.responseDay() : Double.NaN).toArray());
        MeasuredValues.note("series: days to relapse", courses.stream()
                .mapToDouble(c -> c.responded() ? c.daysToRelapse() : Double.NaN).toArray());
        long responders = courses.stream().filter(Recovery::responded).count();
        assertThat(responders).as("responders of 5").isGreaterThanOrEqualTo(3);
        double meanDays = courses.stream().filter(Recovery::responded)
                .mapToDouble(Recovery::daysToRelapse).average().orElseThrow();
        assertThat(meanDays).as("mean days to relapse of the responders " + courses)
                .isBetween(10.0, 30.0);
    }

    @Test
    void target11_therapyWithTheSeriesKeepsTheResponseThroughDay84() {
        onMeanAndMostSeeds("lowest f from the response to day 84",
                perSeed(PresetRuns.of("ketamine-series-therapy"),
                        r -> lowestFromResponse(r, 84)), f -> f >= 0.5);
    }

    @Test
    void target11_therapyWithTheSeriesAtLeastDoublesTheDaysToRelapse() {
        double[] series = daysToRelapseOrCensored(PresetRuns.longer("ketamine-series",
                LONG_DAYS));
        double[] combined = daysToRelapseOrCensored(PresetRuns.longer("ketamine-series-therapy",
                LONG_DAYS));
        double[] ratio = new double[series.length];
        for (int i = 0; i < ratio.length; i++) {
            ratio[i] = combined[i] / series[i];
        }
        MeasuredValues.note("to day 168: series, days to relapse", series);
        MeasuredValues.note("to day 168: series + therapy, days to relapse", combined);
        String what = "days to relapse, series + therapy " + Arrays.toString(combined)
                + " over series alone " + Arrays.toString(series);
        assertThat(Arrays.stream(combined).average().orElseThrow()).as(what)
                .isGreaterThanOrEqualTo(2 * Arrays.stream(series).average().orElseThrow());
        onAtLeast(SeedVotes.MOST, what, ratio, x -> x >= 2);
    }

    @Test
    void target12_maintenanceKeepsTheResponseToTheEnd() {
        List<Result> runs = PresetRuns.of("maintenance");
        assertThat(runs.get(0).scenario().days()).isGreaterThanOrEqualTo(26 * 7);
        onMeanAndMostSeeds("lowest f from the response to the end of maintenance",
                perSeed(runs, r -> lowestFromResponse(r, r.scenario().days())), f -> f >= 0.5);
    }

    @Test
    void target12_withoutBoostersAndWeeklyTherapyTheSameNetworkRelapses() {
        double days = Presets.get("maintenance").days();
        double[] relapsed = perSeed(PresetRuns.longer("ketamine-series-therapy", days),
                r -> recovery(r).relapsed() ? 1 : 0);
        onAtLeast(3, "relapsed by day " + days + " without maintenance", relapsed, x -> x == 1);
    }

    @Test
    void target13_withoutStressTheNetworkRecoversSlowlyOnItsOwn() {
        double relief = 56;
        double[] natural = perSeed(PresetRuns.of("stress-relief"),
                r -> firstDayAtLeastHalf(r, relief) - relief);
        double[] treated = perSeed(PresetRuns.of("ketamine-series-therapy"),
                r -> firstDayAtLeastHalf(r, 42) - 42);
        onMeanAndMostSeeds("days from the relief to f >= 0.5 " + Arrays.toString(natural),
                natural, d -> d <= 12 * 7);
        double[] ratio = new double[natural.length];
        for (int i = 0; i < ratio.length; i++) {
            ratio[i] = natural[i] / treated[i];
        }
        MeasuredValues.note("series + therapy: days from day 42 to f >= 0.5", treated);
        String what = "natural " + Arrays.toString(natural) + " over series + therapy "
                + Arrays.toString(treated);
        assertThat(Arrays.stream(natural).average().orElseThrow()).as(what)
                .isGreaterThanOrEqualTo(2 * Arrays.stream(treated).average().orElseThrow());
        onAtLeast(SeedVotes.MOST, what, ratio, x -> x >= 2);
    }

    @Test
    void target14_theCourseLoosensRigidNegativeThinking() {
        onMeanAndMostSeeds("fall of negative recall from day 42 to day 56",
                perSeed(PresetRuns.of("ketamine-series-therapy"),
                        r -> r.series().valueAt(NEGATIVE_RECALL, DOSE_H)
                                - r.series().valueAt(NEGATIVE_RECALL, 56 * 24)),
                drop -> drop >= 0.2);
        onMeanAndMostSeeds("lowest negative recall under chronic stress",
                perSeed(PresetRuns.of("chronic-stress"), r -> lowest(r.series(), NEGATIVE_RECALL)),
                n -> n > 0.8);
    }

    @Test
    void target15_spinesAreRestoredNotMultipliedInEveryPreset() {
        for (String preset : Presets.names()) {
            double[] ratio = perSeed(PresetRuns.of(preset), r -> highest(r.series(),
                    SYNAPSE_DENSITY) / r.series().value(SYNAPSE_DENSITY, 0));
            MeasuredValues.note(preset + ": highest density / day 0", ratio);
            for (double x : ratio) {
                assertThat(x).as(preset + " highest density over day 0 " + Arrays.toString(ratio))
                        .isLessThanOrEqualTo(1.15);
            }
        }
    }

    @Test
    void target16_theInfusionShowsAsAGlutamateSurge() {
        List<Result> dosed = PresetRuns.of("ketamine-single");
        List<Result> undosed = PresetRuns.of("chronic-stress");
        double[] ratio = new double[dosed.size()];
        for (int i = 0; i < ratio.length; i++) {
            ratio[i] = infusionActivity(dosed.get(i)) / infusionActivity(undosed.get(i));
        }
        onMeanAndMostSeeds("mean activity over the infusion against no dose", ratio,
                x -> x >= 1.2);
    }

    private static Recovery recovery(Result r) {
        return Recovery.of(r.series(), new Timeline(r.scenario()).course());
    }

    private static List<Recovery> recoveries(List<Result> runs) {
        return runs.stream().map(ClinicalCourseTargetsTest::recovery).toList();
    }

    private static Improvement improvement(Result r) {
        return Improvement.of(r.series(), new Timeline(r.scenario()).course().preHours());
    }

    /** Hours from the dose to the highest f after it, and that f. */
    private static double[] peakAfterDose(Result r) {
        TimeSeries s = r.series();
        Improvement f = improvement(r);
        double bestH = Double.NaN;
        double best = Double.NEGATIVE_INFINITY;
        for (int i = s.rowAtOrAfter(DOSE_H); i < s.rows(); i++) {
            double h = s.value(TIME_H, i);
            if (f.atHours(h) > best) {
                best = f.atHours(h);
                bestH = h - DOSE_H;
            }
        }
        return new double[] {bestH, best};
    }

    /** Days from the dose to the first daily probe after the peak with f below 0.15. */
    private static double daysUntilBackBelow(Result r) {
        Improvement f = improvement(r);
        double peakDay = (DOSE_H + peakAfterDose(r)[0]) / 24;
        for (int d = (int) Math.ceil(peakDay); d <= f.lastDay(); d++) {
            if (f.at(d) < 0.15) {
                return d - DOSE_H / 24;
            }
        }
        return Double.POSITIVE_INFINITY;
    }

    /** Lowest f on the daily probes from the response to {@code lastDay}; -inf without one. */
    private static double lowestFromResponse(Result r, double lastDay) {
        Recovery rec = recovery(r);
        if (!rec.responded()) {
            return Double.NEGATIVE_INFINITY;
        }
        Improvement f = improvement(r);
        double lowest = Double.POSITIVE_INFINITY;
        for (int d = (int) rec.responseDay(); d <= lastDay; d++) {
            lowest = Math.min(lowest, f.at(d));
        }
        return lowest;
    }

    /** Days to relapse, or the days from the last dose to the end of the run if none. */
    private static double[] daysToRelapseOrCensored(List<Result> runs) {
        return perSeed(runs, r -> {
            Recovery rec = recovery(r);
            if (rec.relapsed()) {
                return rec.daysToRelapse();
            }
            double[] doses = new Timeline(r.scenario()).course().eventHours();
            return r.scenario().days() - doses[doses.length - 1] / 24;
        });
    }

    /** First daily probe at or after {@code fromDay} with f at least 0.5; +inf if none. */
    private static double firstDayAtLeastHalf(Result r, double fromDay) {
        Improvement f = improvement(r);
        for (int d = (int) fromDay; d <= f.lastDay(); d++) {
            if (f.at(d) >= Recovery.RESPONSE) {
                return d;
            }
        }
        return Double.POSITIVE_INFINITY;
    }

    /**
     * Mean activity of the steps that overlap the 40-minute infusion; the extra row recorded at
     * the infusion's end repeats its step's activity and is not counted again.
     */
    private static double infusionActivity(Result r) {
        TimeSeries s = r.series();
        double dt = r.scenario().dtHours();
        double end = DOSE_H + 40.0 / 60;
        double sum = 0;
        int n = 0;
        for (int i = s.rowAtOrAfter(DOSE_H); i < s.rows() && s.value(TIME_H, i) - dt < end; i++) {
            double t = s.value(TIME_H, i);
            if (t > DOSE_H && Math.rint(t / dt) * dt == t) {
                sum += s.value(ACTIVITY, i);
                n++;
            }
        }
        return sum / n;
    }

    private static double lowest(TimeSeries s, Column c) {
        return Arrays.stream(s.column(c)).min().orElseThrow();
    }

    private static double highest(TimeSeries s, Column c) {
        return Arrays.stream(s.column(c)).max().orElseThrow();
    }
}
