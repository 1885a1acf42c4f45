package org.plasticitylab.viz.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ui.Drawable;
import org.plasticitylab.metrics.Column;
import org.plasticitylab.sim.Result;
import org.plasticitylab.viz.chart.ComparisonChart;
import org.plasticitylab.viz.chart.NetworkChart;
import org.plasticitylab.viz.chart.StoryChart;
import org.plasticitylab.viz.chart.ZoomChart;
import org.plasticitylab.viz.data.ScenarioEvents;
import org.plasticitylab.viz.run.CapturedRun;

/**
 * One call per command: builds the charts of a run (or of a comparison) and writes them to a
 * folder in the formats of the {@link ChartOptions}. File names are fixed, so slides and
 * lessons can link to them: {@code story}, {@code zoom} (first dose, if any), {@code network}
 * and {@code connectivity} (if the run has snapshots); {@code compare-<metric>} and
 * {@code compare-key-metrics} for comparisons.
 */
public final class RunCharts {
    private RunCharts() {
    }

    /**
     * The charts of one run by file stem, in the order they are written.
     *
     * @param run the finished run; its snapshots, if any, add the network views
     * @return a mutable map from file stem to chart, in insertion order
     */
    public static Map<String, Drawable> charts(CapturedRun run) {
        Map<String, Drawable> charts = charts(run.result());
        if (run.hasSnapshots()) {
            charts.put("network", NetworkChart.weights(run.before().get(), run.after().get()));
            charts.put("connectivity", NetworkChart.connectivity(run.before().get(),
                    run.after().get()));
        }
        return charts;
    }

    /**
     * The charts of one run that need no snapshots, by file stem.
     *
     * @param result the finished run
     * @return a mutable map holding {@code story} and, if the run reaches the first dose,
     *     {@code zoom}
     */
    public static Map<String, Drawable> charts(Result result) {
        Map<String, Drawable> charts = new LinkedHashMap<>();
        charts.put("story", StoryChart.create(result));
        List<Double> doses = ScenarioEvents.doseDays(result.scenario());
        if (!doses.isEmpty() && result.series().rowAtOrAfter(doses.get(0) * 24)
                < result.series().rows()) {
            charts.put("zoom", ZoomChart.create(result, doses.get(0)));
        }
        return charts;
    }

    /**
     * The comparison charts of several runs by file stem: one overlay per key metric.
     *
     * @param runs the runs to compare, in legend order
     * @return {@code compare-key-metrics} followed by one {@code compare-<metric>} per key metric
     */
    public static Map<String, Drawable> comparisonCharts(List<Result> runs) {
        Map<String, Drawable> charts = new LinkedHashMap<>();
        charts.put("compare-key-metrics", ComparisonChart.smallMultiples(runs));
        for (Column metric : ComparisonChart.KEY_METRICS) {
            charts.put("compare-" + metric.label().replace('_', '-'),
                    ComparisonChart.overlay(runs, metric));
        }
        return charts;
    }

    /**
     * Writes every chart of a run with its network views; returns the files written.
     *
     * @param run the finished run
     * @param dir the folder to write into
     * @param options size and formats
     * @return the files written
     */
    public static List<Path> writeAll(CapturedRun run, Path dir, ChartOptions options) {
        return write(charts(run), dir, options);
    }

    /**
     * Writes the story and zoom charts of a run; returns the files written.
     *
     * @param result the finished run
     * @param dir the folder to write into
     * @param options size and formats
     * @return the files written
     */
    public static List<Path> writeAll(Result result, Path dir, ChartOptions options) {
        return write(charts(result), dir, options);
    }

    /**
     * Writes the comparison charts of several runs; returns the files written.
     *
     * @param runs the runs to compare, in legend order
     * @param dir the folder to write into
     * @param options size and formats
     * @return the files written
     */
    public static List<Path> writeComparison(List<Result> runs, Path dir, ChartOptions options) {
        return write(comparisonCharts(runs), dir, options);
    }

    /**
     * Writes each chart as {@code dir/<stem>.<ext>} in every format of the options.
     *
     * @param charts the charts by file stem
     * @param dir the folder to write into
     * @param options size and formats
     * @return the files written, chart by chart, PNG before SVG
     */
    public static List<Path> write(Map<String, ? extends Drawable> charts, Path dir,
            ChartOptions options) {
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, ? extends Drawable> e : charts.entrySet()) {
            for (ImageFormat f : ImageFormat.values()) {
                if (options.formats().contains(f)) {
                    written.add(ChartExport.write(e.getValue(),
                            dir.resolve(e.getKey() + "." + f.extension()), f, options.widthPx(),
                            options.heightPx()));
                }
            }
        }
        return List.copyOf(written);
    }
}
