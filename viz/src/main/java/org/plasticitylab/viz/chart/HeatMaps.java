package org.plasticitylab.viz.chart;

import java.awt.Color;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYZDataset;

/** Pieces shared by the heat maps (sweep over two parameters, network matrices). */
final class HeatMaps {
    private static final int MAX_CELLS_WITH_VALUES = 144;
    private static final int COLOUR_BAR_TICKS = 6;

    private HeatMaps() {
    }

    /** A block renderer colouring cells of the given size by the scale. */
    static XYBlockRenderer blocks(SequentialPaintScale scale, double width, double height) {
        XYBlockRenderer r = new XYBlockRenderer();
        r.setPaintScale(scale);
        r.setBlockWidth(width);
        r.setBlockHeight(height);
        return r;
    }

    /** The colour bar, on the right, with the value's name and unit. */
    static PaintScaleLegend legend(SequentialPaintScale scale, String label) {
        NumberAxis axis = SlideTheme.axis(label, scale.getLowerBound(), scale.getUpperBound());
        axis.setTickUnit(new NumberTickUnit(SlideTheme.niceStep(
                scale.getUpperBound() - scale.getLowerBound(), COLOUR_BAR_TICKS)));
        PaintScaleLegend legend = new PaintScaleLegend(scale, axis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setStripWidth(24);
        legend.setAxisOffset(6);
        legend.setFrame(BlockBorder.NONE);
        legend.setMargin(new RectangleInsets(10, 16, 10, 6));
        legend.setBackgroundPaint(Color.WHITE);
        return legend;
    }

    /** Writes each cell's value in it, in black or white for contrast, when cells are few. */
    static void writeValues(XYPlot plot, XYZDataset data, SequentialPaintScale scale,
            String pattern) {
        if (data.getItemCount(0) > MAX_CELLS_WITH_VALUES) {
            return;
        }
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
        for (int i = 0; i < data.getItemCount(0); i++) {
            double z = data.getZValue(0, i);
            XYTextAnnotation a = new XYTextAnnotation(format.format(z), data.getXValue(0, i),
                    data.getYValue(0, i));
            a.setFont(SlideTheme.TICK_FONT);
            a.setPaint(scale.isDark(z) ? Color.WHITE : Color.BLACK);
            plot.addAnnotation(a, false);
        }
    }

    /** The smallest and largest z value of series 0. */
    static double[] zRange(XYZDataset data) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < data.getItemCount(0); i++) {
            min = Math.min(min, data.getZValue(0, i));
            max = Math.max(max, data.getZValue(0, i));
        }
        return new double[] {min, max};
    }
}
