package org.plasticitylab.cli.sweep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.plasticitylab.metrics.Summary;
import org.plasticitylab.viz.chart.SweepChart;
import org.plasticitylab.viz.chart.SweepHeatMap;
import org.plasticitylab.viz.data.SweepCell;
import org.plasticitylab.viz.data.SweepCurve;
import org.plasticitylab.viz.data.SweepPoint;

/**
 * The charts of a sweep: for one varied key, each key outcome against it with the 95 % band
 * across seeds, clipped to what the outcome can be, against the varied value or the
 * {@link SweepAxis} asked for; for two, a heat map of each outcome's mean. More keys get no chart (the CSV
 * files hold everything). The story comes first: the response rate, the days to relapse (over
 * the runs that relapsed) and the improvement at the end of the course and of the run. An
 * outcome no run of a setting has leaves that setting out; one no run has gets no chart.
 */
public final class SweepCharts {
    /** The outcomes charted, by their summary field names or {@link SweepGrid#RESPONDED}. */
    static final List<String> OUTCOMES = List.of(SweepGrid.RESPONDED, "days_to_relapse",
            "improvement_end_of_course", "improvement_end", "positive_recall_end",
            "mood_index_end", "density_end", "peak_plasticity");
    /** How the charts name the outcomes whose field names do not read well. */
    private static final Map<String, String> LABELS = Map.of(SweepGrid.RESPONDED,
            "response rate", "days_to_relapse", "days to relapse",
            "improvement_end_of_course", "improvement at the end of the course",
            "improvement_end", "improvement at the end");

    private SweepCharts() {
    }

    /**
     * The charts by file stem, {@code sweep-<outcome>}, in the order of {@link #OUTCOMES}; none
     * for three keys or more.
     *
     * @param grid the sweep's grid
     * @param summaries the outcome of every run, in the order of {@link SweepGrid#scenarios}
     * @param axis how a one-key sweep's x axis shows the varied value; null for the key itself
     * @return the charts, possibly none
     */
    public static Map<String, JFreeChart> charts(SweepGrid grid, List<Summary> summaries,
            SweepAxis axis) {
        Map<String, JFreeChart> charts = new LinkedHashMap<>();
        int keys = grid.variations().size();
        if (keys > 2) {
            return charts;
        }
        for (String outcome : OUTCOMES) {
            if (!anyRunHas(grid, summaries, outcome)) {
                continue;
            }
            String stem = outcome.equals(SweepGrid.RESPONDED) ? "response-rate"
                    : outcome.replace('_', '-');
            charts.put("sweep-" + stem, keys == 1 ? curve(grid, summaries, outcome,
                    axis != null ? axis : SweepAxis.of(grid.variations().get(0).key()))
                    : heatMap(grid, summaries, outcome));
        }
        return charts;
    }

    private static JFreeChart curve(SweepGrid grid, List<Summary> summaries, String outcome,
            SweepAxis axis) {
        List<SweepPoint> points = new ArrayList<>();
        for (int s = 0; s < grid.settings().size(); s++) {
            if (grid.present(summaries, s, outcome).length > 0) {
                points.add(SweepPoint.of(axis.apply(grid.settings().get(s).get(0)),
                        OutcomeIntervals.of(grid, summaries, s, outcome)));
            }
        }
        points.sort(Comparator.comparingDouble(SweepPoint::x));
        double[] xs = grid.settings().stream().mapToDouble(setting -> axis.apply(setting.get(0)))
                .toArray();
        String title = label(outcome) + " against " + axis.label()
                + (over(outcome).equals("seeds") ? "" : " (" + over(outcome) + ")");
        return SweepChart.spanX(SweepChart.create(title, axis.label(), label(outcome),
                List.of(new SweepCurve(label(outcome), points))),
                Arrays.stream(xs).min().orElseThrow(), Arrays.stream(xs).max().orElseThrow());
    }

    private static JFreeChart heatMap(SweepGrid grid, List<Summary> summaries, String outcome) {
        String x = grid.variations().get(0).key();
        String y = grid.variations().get(1).key();
        List<SweepCell> cells = new ArrayList<>();
        for (int s = 0; s < grid.settings().size(); s++) {
            List<Double> setting = grid.settings().get(s);
            double[] present = grid.present(summaries, s, outcome);
            if (present.length > 0) {
                cells.add(new SweepCell(setting.get(0), setting.get(1),
                        SweepPoint.ofSamples(0, present).mean()));
            }
        }
        return SweepHeatMap.create(label(outcome) + " (mean over " + over(outcome) + ")", x, y,
                label(outcome), cells, swept(grid, 0), swept(grid, 1));
    }

    /** The distinct values of one varied key, increasing. */
    private static double[] swept(SweepGrid grid, int key) {
        return grid.variations().get(key).values().stream().mapToDouble(Double::doubleValue)
                .distinct().sorted().toArray();
    }

    /** What an outcome's mean is taken over: the seeds, or the runs that relapsed. */
    private static String over(String outcome) {
        return outcome.equals("days_to_relapse") ? "the runs that relapsed" : "seeds";
    }

    private static boolean anyRunHas(SweepGrid grid, List<Summary> summaries, String outcome) {
        for (int s = 0; s < grid.settings().size(); s++) {
            if (grid.present(summaries, s, outcome).length > 0) {
                return true;
            }
        }
        return false;
    }

    private static String label(String outcome) {
        return LABELS.getOrDefault(outcome, outcome.replace('_', ' '));
    }
}
