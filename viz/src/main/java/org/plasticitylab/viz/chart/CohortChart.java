package org.plasticitylab.viz.chart;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.plasticitylab.cohort.CohortResult;
import org.plasticitylab.cohort.KaplanMeier;
import org.plasticitylab.metrics.Recovery;
import org.plasticitylab.viz.data.CohortData;
import org.plasticitylab.viz.data.ScenarioEvents;

/**
 * The charts of a cohort of virtual patients: the Kaplan-Meier curve of the responders still
 * well after the last dose of the induction course (one scenario or several overlaid), and
 * each patient's outcome (when it responded and how long that lasted).
 */
public final class CohortChart {
    /** Explains the censor ticks, under the Kaplan-Meier chart. */
    public static final String TICK_NOTE = "ticks: still well at the end of the run";
    private static final Shape TICK = new Rectangle2D.Double(-1.5, -11, 3, 22);
    private static final Shape DOT = new Ellipse2D.Double(-6, -6, 12, 12);

    private CohortChart() {
    }

    /**
     * Still well against days after the last induction dose, one step curve per cohort, with a
     * tick where responders were still well when the run ended.
     *
     * @param cohorts the cohorts, at least one, in legend order
     * @return the chart
     * @throws IllegalArgumentException if {@code cohorts} is empty
     */
    public static JFreeChart stillWell(List<CohortResult> cohorts) {
        if (cohorts.isEmpty()) {
            throw new IllegalArgumentException("cohorts must hold at least one cohort, was empty");
        }
        double end = cohorts.stream().mapToDouble(c -> c.scenario().days() - c.lastInductionDay())
                .max().orElseThrow();
        XYSeriesCollection curves = new XYSeriesCollection();
        XYSeriesCollection ticks = new XYSeriesCollection();
        for (CohortResult c : cohorts) {
            KaplanMeier km = c.stillWell();
            String name = legend(c, cohorts);
            curves.addSeries(CohortData.stepCurve(name, km, end));
            ticks.addSeries(CohortData.censorTicks(name + " censored", km));
        }
        Color[] colours = SlideTheme.seriesColours(cohorts.size());
        XYLineAndShapeRenderer lines = SlideTheme.lines(colours);
        XYLineAndShapeRenderer marks = new XYLineAndShapeRenderer(false, true);
        // Solid lines, told apart by colour: a dash would hide the short drops of a step curve.
        for (int i = 0; i < colours.length; i++) {
            marks.setSeriesPaint(i, colours[i]);
            marks.setSeriesShape(i, TICK);
            marks.setSeriesVisibleInLegend(i, false);
        }
        // A little room on the right, so that ticks at the end of the run show whole.
        NumberAxis x = SlideTheme.axis("days after the last dose of the induction course", 0,
                Math.max(1, end) * 1.02);
        NumberAxis y = SlideTheme.axis("still well (fraction of responders)", 0, 1.05);
        XYPlot plot = new XYPlot(curves, x, y, lines);
        plot.setDataset(1, ticks);
        plot.setRenderer(1, marks);
        plot.addRangeMarker(SlideTheme.level(0.5, "half of the responders"), Layer.BACKGROUND);
        String subtitle = cohorts.size() == 1 ? describe(cohorts.get(0)) + "; " + TICK_NOTE
                : TICK_NOTE;
        return SlideTheme.chart(cohorts.size() == 1
                ? "Still well after the course: " + cohorts.get(0).scenario().name()
                : "Still well after the course, compared", subtitle, plot,
                cohorts.size() > 1 ? RectangleEdge.BOTTOM : null);
    }

    /**
     * Each patient's outcome, one row per patient: a line from the day of the response to the
     * relapse (a dot) or the end of the run; non-responders at the bottom, without a line.
     * Dashed vertical lines mark the doses.
     *
     * @param cohort the cohort
     * @return the chart
     */
    public static JFreeChart outcomes(CohortResult cohort) {
        double days = cohort.scenario().days();
        List<Recovery> ordered = CohortData.byTimeWell(cohort);
        YIntervalSeriesCollection well = new YIntervalSeriesCollection();
        well.addSeries(CohortData.wellSpans("well", ordered, days));
        XYSeriesCollection relapses = new XYSeriesCollection(CohortData.relapses("relapse",
                ordered));
        XYErrorRenderer spans = new XYErrorRenderer();
        spans.setDrawXError(false);
        spans.setDefaultShapesVisible(false);
        spans.setErrorPaint(Palette.POSITIVE);
        spans.setErrorStroke(SlideTheme.LINE);
        spans.setCapLength(0);
        spans.setSeriesPaint(0, Palette.POSITIVE);
        XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
        dots.setSeriesPaint(0, Palette.NEGATIVE);
        dots.setSeriesShape(0, DOT);
        NumberAxis rows = SlideTheme.axis("patients, by time well", -1, ordered.size());
        rows.setTickLabelsVisible(false);
        rows.setTickMarksVisible(false);
        List<Double> doses = ScenarioEvents.doseDays(cohort.scenario());
        double from = doses.isEmpty() ? 0 : Math.max(0, Math.floor(doses.get(0) / 7) * 7 - 7);
        NumberAxis time = SlideTheme.axis("time (days)", from, days);
        time.setTickUnit(new NumberTickUnit(7));
        XYPlot plot = new XYPlot(relapses, rows, time, dots);
        plot.setDataset(1, well);
        plot.setRenderer(1, spans);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
        plot.setDomainGridlinesVisible(false);
        int nonResponders = cohort.patients().size() - cohort.responders();
        if (nonResponders > 0) {
            plot.addDomainMarker(SlideTheme.band(-0.5, nonResponders - 0.5,
                    SlideTheme.STRESS_FILL, "no response (" + nonResponders + ")",
                    RectangleAnchor.TOP_LEFT), Layer.BACKGROUND);
        }
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(new LegendItem("well: from the response to the relapse or the end", null, null,
                null, new Line2D.Double(-14, 0, 14, 0), SlideTheme.LINE, Palette.POSITIVE));
        legend.add(new LegendItem("relapse", null, null, null, DOT, Palette.NEGATIVE));
        plot.setFixedLegendItems(legend);
        for (double dose : doses) {
            plot.addRangeMarker(SlideTheme.line(dose), Layer.BACKGROUND);
        }
        return SlideTheme.chart("Each patient: response and relapse", describe(cohort)
                + "; dashed: doses", plot, RectangleEdge.BOTTOM);
    }

    /** The scenario's name and median; with the base seed where two cohorts share a name. */
    private static String legend(CohortResult c, List<CohortResult> cohorts) {
        if (cohorts.size() == 1) {
            return "responders still well";
        }
        boolean shared = cohorts.stream().filter(o -> o.scenario().name()
                .equals(c.scenario().name())).count() > 1;
        return c.scenario().name() + (shared ? ", base seed " + c.baseSeed() : "") + " ("
                + median(c) + ")";
    }

    private static String describe(CohortResult c) {
        return String.format(Locale.ROOT, "%d patients, %d responded (%.0f %%); %s",
                c.patients().size(), c.responders(), 100 * c.responseRate(), median(c));
    }

    private static String median(CohortResult c) {
        return c.medianDaysToRelapse().isPresent()
                ? String.format(Locale.ROOT, "median %.0f days to relapse",
                        c.medianDaysToRelapse().getAsDouble())
                : "median days to relapse not reached";
    }
}
