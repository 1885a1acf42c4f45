package org.plasticitylab.viz.chart;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.DefaultXYZDataset;
import org.plasticitylab.viz.data.SweepCell;
import org.plasticitylab.viz.data.SweepData;

/**
 * An outcome over two varied parameters as a grid of coloured cells with a colour bar; each
 * column and row is labelled with its parameter value, and each cell with its outcome.
 */
public final class SweepHeatMap {
    private SweepHeatMap() {
    }

    /**
     * The heat map.
     *
     * @param title what was varied and measured
     * @param xLabel first parameter with its unit
     * @param yLabel second parameter with its unit
     * @param valueLabel the outcome with its unit, for the colour bar
     * @param cells one cell per parameter pair
     * @return the chart
     */
    public static JFreeChart create(String title, String xLabel, String yLabel,
            String valueLabel, List<SweepCell> cells) {
        if (cells.isEmpty()) {
            throw new IllegalArgumentException("cells must hold at least one cell, was empty");
        }
        DefaultXYZDataset data = SweepData.grid(cells, valueLabel);
        double[] z = HeatMaps.zRange(data);
        SequentialPaintScale scale = SequentialPaintScale.spanning(z[0], z[1]);
        XYPlot plot = new XYPlot(data, valueAxis(xLabel, SweepData.distinctX(cells)),
                valueAxis(yLabel, SweepData.distinctY(cells)), HeatMaps.blocks(scale, 1, 1));
        HeatMaps.writeValues(plot, data, scale, "0.00");
        JFreeChart chart = SlideTheme.chart(title, "mean over seeds", plot, null);
        chart.addSubtitle(HeatMaps.legend(scale, valueLabel));
        return chart;
    }

    /** An axis whose ticks are the swept values, at positions 0, 1, 2... */
    private static SymbolAxis valueAxis(String label, double[] values) {
        DecimalFormat format = new DecimalFormat("0.###", DecimalFormatSymbols.getInstance(Locale.ROOT));
        String[] names = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            names[i] = format.format(values[i]);
        }
        SymbolAxis axis = new SymbolAxis(label, names);
        axis.setGridBandsVisible(false);
        axis.setRange(-0.5, values.length - 0.5);
        return axis;
    }
}
