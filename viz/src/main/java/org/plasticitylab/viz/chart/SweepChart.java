package org.plasticitylab.viz.chart;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.plasticitylab.viz.data.SweepCurve;
import org.plasticitylab.viz.data.SweepData;

/**
 * An outcome against one varied parameter: the mean over seeds as a line with points, and its
 * 95 % confidence band shaded around it.
 */
public final class SweepChart {
    /** Explains the band, shown under the title. */
    public static final String BAND_NOTE = "line: mean over seeds; shaded: 95 % confidence"
            + " interval of the mean, cut at what the outcome can be";
    private static final float BAND_ALPHA = 0.25f;

    private SweepChart() {
    }

    /**
     * The sweep chart.
     *
     * @param title what was varied and measured, e.g. "Positive recall at the end vs dose"
     * @param xLabel the varied parameter with its unit, e.g. "dose (mg/kg)"
     * @param yLabel the outcome with its unit, e.g. "positive recall (0..1)"
     * @param curves one or more outcomes (or scenarios) to draw
     * @return the chart
     */
    public static JFreeChart create(String title, String xLabel, String yLabel,
            List<SweepCurve> curves) {
        if (curves.isEmpty()) {
            throw new IllegalArgumentException("curves must hold at least one curve, was empty");
        }
        DeviationRenderer renderer = new DeviationRenderer(true, true);
        renderer.setAlpha(BAND_ALPHA);
        Color[] colours = SlideTheme.seriesColours(curves.size());
        for (int i = 0; i < colours.length; i++) {
            renderer.setSeriesPaint(i, colours[i]);
            renderer.setSeriesFillPaint(i, colours[i]);
            renderer.setSeriesStroke(i, SlideTheme.LINE);
            renderer.setSeriesShape(i, new Ellipse2D.Double(-6, -6, 12, 12));
        }
        NumberAxis x = SlideTheme.axis(xLabel);
        NumberAxis y = SlideTheme.axis(yLabel);
        XYPlot plot = new XYPlot(SweepData.bands(curves), x, y, renderer);
        return SlideTheme.chart(title, BAND_NOTE, plot,
                curves.size() > 1 ? RectangleEdge.BOTTOM : null);
    }

    /**
     * Shows x from {@code from} to {@code to} with the axis's usual margins, so that the charts
     * of one sweep share their x axis even where an outcome leaves settings out (days to relapse
     * where no run relapsed).
     *
     * @param chart a chart made by {@link #create}
     * @param from the smallest varied value
     * @param to the largest varied value, at least {@code from}
     * @return {@code chart}
     */
    public static JFreeChart spanX(JFreeChart chart, double from, double to) {
        if (to > from) {
            ValueAxis x = chart.getXYPlot().getDomainAxis();
            x.setRange(from - (to - from) * x.getLowerMargin(),
                    to + (to - from) * x.getUpperMargin());
        }
        return chart;
    }
}
