package org.plasticitylab.viz.explorer;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.plasticitylab.sim.Result;
import org.plasticitylab.viz.chart.ChartGrid;
import org.plasticitylab.viz.chart.ComparisonChart;
import org.plasticitylab.viz.chart.Palette;
import org.plasticitylab.viz.report.Html;

/**
 * "Compare with previous", shared by both explorers: the key metrics of a run and of the one
 * before it as small multiples, the legend naming them "previous: ..." and "current: ...".
 * Each panel keeps its metric's colour from the story chart (one meaning per colour); the two
 * runs differ by line: the previous one thin and dashed, the current one solid.
 */
final class PreviousComparison {
    private static final BasicStroke PREVIOUS = new BasicStroke(2f, BasicStroke.CAP_BUTT,
            BasicStroke.JOIN_ROUND, 1f, new float[] {8f, 5f}, 0f);
    private static final BasicStroke CURRENT = new BasicStroke(3.5f);
    private static final TickUnits DAY_TICKS = new TickUnits();

    static {
        for (int days : new int[] {7, 14, 28, 42}) {
            DAY_TICKS.add(new NumberTickUnit(days));
        }
    }

    private PreviousComparison() {
    }

    /**
     * The comparison figure.
     *
     * @param previous the run before
     * @param previousName what to call it after "previous: "
     * @param current the run now (may be still in progress)
     * @param currentName what to call it after "current: "
     */
    static ChartGrid chart(Result previous, String previousName, Result current,
            String currentName) {
        ChartGrid grid = ComparisonChart.smallMultiples(List.of(
                named(previous, "previous: " + previousName),
                named(current, "current: " + currentName)));
        for (int i = 0; i < grid.panels().size(); i++) {
            // A week, a fortnight or four weeks between day ticks, whichever fits the panel:
            // the live window's panels are narrow, a fixed 14 days made the labels run together.
            NumberAxis days = (NumberAxis) grid.panels().get(i).getXYPlot().getDomainAxis();
            days.setStandardTickUnits(DAY_TICKS);
            days.setAutoTickUnitSelection(true);
            XYItemRenderer r = grid.panels().get(i).getXYPlot().getRenderer();
            Color colour = Palette.of(ComparisonChart.KEY_METRICS.get(i));
            r.setSeriesPaint(0, colour);
            r.setSeriesStroke(0, PREVIOUS);
            r.setSeriesPaint(1, colour);
            r.setSeriesStroke(1, CURRENT);
        }
        return grid;
    }

    /**
     * The line above the figure, as HTML: "previous: X / current: Y", then "What changed: ...".
     */
    static String header(String previousName, String currentName, String whatChanged) {
        return "<html>previous: " + Html.escape(previousName) + " / current: "
                + Html.escape(currentName) + "<br>What changed: " + Html.escape(whatChanged)
                + "</html>";
    }

    /** The legend names a run by its scenario's name, so the labels go there. */
    private static Result named(Result r, String name) {
        return new Result(r.scenario().toBuilder().name(name).build(), r.series(), r.summary(),
                r.completed(), r.elapsedMillis());
    }
}
