package org.plasticitylab.cli.sweep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.plasticitylab.metrics.Summary;
import org.plasticitylab.viz.chart.SweepChart;
import org.plasticitylab.viz.chart.SweepHeatMap;
import org.plasticitylab.viz.data.SweepCell;
import org.plasticitylab.viz.data.SweepCurve;
import org.plasticitylab.viz.data.SweepPoint;
import org.plasticitylab.viz.export.ChartExport;
import org.plasticitylab.viz.export.ChartOptions;
import org.plasticitylab.viz.export.ImageFormat;

/**
 * The charts of a sweep: for one varied key, each key outcome against it (or against the
 * {@link SweepAxis} asked for) with the 95 % band across seeds, clipped to what the outcome can
 * be; for two, a heat map of each outcome's mean. More keys get no chart (the CSV
 * files hold everything).
 */
public final class SweepCharts {
    /** The outcomes charted, by their summary field names. */
    static final List<String> OUTCOMES = List.of("positive_recall_end", "mood_index_end",
            "density_end", "peak_plasticity");

    private SweepCharts() {
    }

    /**
     * Writes the charts into {@code dir}; returns their paths (none for three keys or more).
     *
     * @param grid the sweep's grid
     * @param summaries the outcome of every run, in the order of {@link SweepGrid#scenarios}
     * @param dir the folder to write into
     * @param options size and formats
     * @param axis how a one-key sweep's x axis shows the varied value; null for the key itself
     * @return the files written, named {@code sweep-<outcome>.<ext>}
     */
    public static List<Path> write(SweepGrid grid, List<Summary> summaries, Path dir,
            ChartOptions options, SweepAxis axis) {
        List<Path> files = new ArrayList<>();
        int keys = grid.variations().size();
        if (keys > 2) {
            return files;
        }
        for (String outcome : OUTCOMES) {
            JFreeChart chart = keys == 1 ? curve(grid, summaries, outcome, axis != null ? axis
                    : SweepAxis.of(grid.variations().get(0).key()))
                    : heatMap(grid, summaries, outcome);
            for (ImageFormat format : options.formats()) {
                files.add(ChartExport.write(chart, dir.resolve("sweep-" + outcome.replace('_', '-')
                        + "." + format.extension()), format, options.widthPx(),
                        options.heightPx()));
            }
        }
        return files;
    }

    private static JFreeChart curve(SweepGrid grid, List<Summary> summaries, String outcome,
            SweepAxis axis) {
        List<SweepPoint> points = new ArrayList<>();
        for (int s = 0; s < grid.settings().size(); s++) {
            points.add(SweepPoint.of(axis.apply(grid.settings().get(s).get(0)),
                    OutcomeIntervals.of(grid, summaries, s, outcome)));
        }
        points.sort(Comparator.comparingDouble(SweepPoint::x));
        return SweepChart.create(label(outcome) + " against " + axis.label(), axis.label(),
                label(outcome), List.of(new SweepCurve(label(outcome), points)));
    }

    private static JFreeChart heatMap(SweepGrid grid, List<Summary> summaries, String outcome) {
        String x = grid.variations().get(0).key();
        String y = grid.variations().get(1).key();
        List<SweepCell> cells = new ArrayList<>();
        for (int s = 0; s < grid.settings().size(); s++) {
            List<Double> setting = grid.settings().get(s);
            double[] sample = grid.sample(summaries, s, outcome);
            cells.add(new SweepCell(setting.get(0), setting.get(1),
                    SweepPoint.ofSamples(0, sample).mean()));
        }
        return SweepHeatMap.create(label(outcome) + " (mean over seeds)", x, y, label(outcome),
                cells);
    }

    private static String label(String outcome) {
        return outcome.replace('_', ' ');
    }
}
