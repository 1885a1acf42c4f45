package org.plasticitylab.viz.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.plasticitylab.metrics.Column;
import org.plasticitylab.sim.Result;
import org.plasticitylab.viz.data.ComparisonData;

/** Several runs side by side: one metric overlaid, or small multiples of the key metrics. */
public final class ComparisonChart {
    /** The metrics of the small multiples, in reading order. */
    public static final List<Column> KEY_METRICS = List.of(Column.PLASTICITY,
            Column.SYNAPSE_DENSITY, Column.POSITIVE_RECALL, Column.NEGATIVE_RECALL,
            Column.MOOD_INDEX);
    private static final int GRID_COLUMNS = 3;

    private ComparisonChart() {
    }

    /**
     * One metric of every run on one time axis; the legend names the scenarios.
     *
     * @param runs the runs, at least one, in legend order
     * @param metric the metric to plot
     * @return the chart
     * @throws IllegalArgumentException if {@code runs} is null or empty
     */
    public static JFreeChart overlay(List<Result> runs, Column metric) {
        checkRuns(runs);
        return SlideTheme.chart(capitalise(MetricNames.name(metric)) + " compared",
                String.join(" vs ", ComparisonData.seriesNames(runs)), plot(runs, metric),
                RectangleEdge.BOTTOM);
    }

    /**
     * Small multiples: one panel per {@link #KEY_METRICS key metric}, three per row, with one
     * legend of the scenarios.
     *
     * @param runs the runs, at least one, in legend order
     * @return the grid of panels
     * @throws IllegalArgumentException if {@code runs} is null or empty
     */
    public static ChartGrid smallMultiples(List<Result> runs) {
        checkRuns(runs);
        List<JFreeChart> panels = new ArrayList<>();
        for (Column metric : KEY_METRICS) {
            JFreeChart panel = new JFreeChart(MetricNames.name(metric), SlideTheme.PANEL_TITLE_FONT,
                    plot(runs, metric), false);
            SlideTheme.style(panel.getPlot());
            panel.setBackgroundPaint(Color.WHITE);
            panel.setPadding(new RectangleInsets(4, 8, 8, 12));
            ((NumberAxis) panel.getXYPlot().getDomainAxis()).setTickUnit(new NumberTickUnit(14));
            panels.add(panel);
        }
        LegendTitle legend = new LegendTitle(panels.get(0).getXYPlot());
        legend.setItemFont(SlideTheme.LEGEND_FONT);
        legend.setFrame(BlockBorder.NONE);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setItemLabelPadding(new RectangleInsets(4, 6, 4, 6));
        return new ChartGrid(new TextTitle("Key metrics compared", SlideTheme.TITLE_FONT),
                panels, GRID_COLUMNS, legend);
    }

    private static XYPlot plot(List<Result> runs, Column metric) {
        NumberAxis axis = switch (metric) {
            case POSITIVE_RECALL, NEGATIVE_RECALL, NMDA_OCCUPANCY ->
                SlideTheme.axis(MetricNames.axisLabel(metric), 0, 1.05);
            case MOOD_INDEX -> SlideTheme.axis(MetricNames.axisLabel(metric), 0, 105);
            default -> SlideTheme.axis(MetricNames.axisLabel(metric));
        };
        double days = runs.stream().mapToDouble(r -> r.scenario().days()).max().orElseThrow();
        XYLineAndShapeRenderer renderer = SlideTheme.lines(SlideTheme.seriesColours(runs.size()));
        for (int i = 0; i < runs.size(); i++) {
            renderer.setSeriesStroke(i, SlideTheme.runStroke(i));
        }
        XYPlot plot = new XYPlot(ComparisonData.overlay(runs, metric, SlideTheme.SCREEN_BUCKETS), SlideTheme.daysAxis(days),
                axis, renderer);
        // The first run at the bottom, dashed later runs over it, so identical stretches show.
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
        SlideTheme.style(plot);
        return plot;
    }

    private static void checkRuns(List<Result> runs) {
        if (runs == null || runs.isEmpty()) {
            throw new IllegalArgumentException("runs must hold at least one result, was " + runs);
        }
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
