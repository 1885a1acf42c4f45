package org.plasticitylab.viz.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jfree.data.xy.XYSeriesCollection;
import org.plasticitylab.metrics.Column;
import org.plasticitylab.sim.Result;

/** One metric of several runs, overlaid on a common time axis in days; pure functions. */
public final class ComparisonData {
    private ComparisonData() {
    }

    /**
     * One series per run, named after its scenario, in the order given, each thinned to
     * {@code buckets} (see {@link TimeSeriesData#byDay(org.plasticitylab.metrics.TimeSeries,
     * Column, String, int)}).
     *
     * @param runs the runs, in legend order
     * @param column the metric to plot
     * @param buckets the most points per series
     * @return one series per run
     */
    public static XYSeriesCollection overlay(List<Result> runs, Column column, int buckets) {
        XYSeriesCollection out = new XYSeriesCollection();
        List<String> names = seriesNames(runs);
        for (int i = 0; i < runs.size(); i++) {
            out.addSeries(TimeSeriesData.byDay(runs.get(i).series(), column, names.get(i),
                    buckets));
        }
        return out;
    }

    /**
     * Legend names for runs: the scenario name, with the seed added when two runs share a name,
     * and a counter when they share the seed too (series keys must be unique).
     *
     * @param runs the runs, in legend order
     * @return one distinct name per run, in the same order
     */
    public static List<String> seriesNames(List<Result> runs) {
        Map<String, Integer> byName = new HashMap<>();
        for (Result r : runs) {
            byName.merge(r.scenario().name(), 1, Integer::sum);
        }
        List<String> names = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Result r : runs) {
            String name = r.scenario().name();
            if (byName.get(name) > 1) {
                name += " (seed " + r.scenario().seed() + ")";
            }
            int n = seen.merge(name, 1, Integer::sum);
            names.add(n == 1 ? name : name + " #" + n);
        }
        return List.copyOf(names);
    }
}
