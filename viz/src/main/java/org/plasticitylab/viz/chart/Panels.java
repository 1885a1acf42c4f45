package org.plasticitylab.viz.chart;

import java.awt.Paint;
import java.util.List;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYDataset;
import org.plasticitylab.viz.data.DayInterval;

/** Building blocks shared by the stacked time charts (story and zoom). */
final class Panels {
    private static final double GAP_PX = 14;

    private Panels() {
    }

    /** A vertical stack of panels sharing the time axis. */
    static CombinedDomainXYPlot stack(NumberAxis timeAxis) {
        CombinedDomainXYPlot stack = new CombinedDomainXYPlot(timeAxis);
        stack.setGap(GAP_PX);
        stack.setOrientation(PlotOrientation.VERTICAL);
        return stack;
    }

    /** One panel: a dataset on the left axis. */
    static XYPlot panel(XYDataset data, NumberAxis axis, XYItemRenderer renderer) {
        XYPlot plot = new XYPlot(data, null, axis, renderer);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        return plot;
    }

    /** Adds a second dataset drawn against a second axis on the right. */
    static void onRightAxis(XYPlot plot, XYDataset data, NumberAxis axis,
            XYItemRenderer renderer) {
        int index = plot.getDatasetCount();
        plot.setDataset(index, data);
        plot.setRangeAxis(1, axis);
        plot.setRenderer(index, renderer);
        plot.mapDatasetToRangeAxis(index, 1);
    }

    /** Shades each interval behind the data, writing {@code label} on the first one only. */
    static void shade(XYPlot plot, List<DayInterval> intervals, Paint fill, String label) {
        shade(plot, intervals, fill, label, RectangleAnchor.TOP_LEFT);
    }

    /** As {@link #shade(XYPlot, List, Paint, String)}, with the label in the given corner. */
    static void shade(XYPlot plot, List<DayInterval> intervals, Paint fill, String label,
            RectangleAnchor labelCorner) {
        for (int i = 0; i < intervals.size(); i++) {
            DayInterval d = intervals.get(i);
            plot.addDomainMarker(SlideTheme.band(d.fromDay(), d.toDay(), fill,
                    i == 0 ? label : null, labelCorner), Layer.BACKGROUND);
        }
    }

    /** Draws a thin dashed vertical line at each position. */
    static void lines(XYPlot plot, List<Double> at) {
        for (double x : at) {
            plot.addDomainMarker(SlideTheme.line(x), Layer.BACKGROUND);
        }
    }
}
