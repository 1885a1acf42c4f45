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
        return create(title, xLabel, yLabel, valueLabel, cells, SweepData.distinctX(cells),
                SweepData.distinctY(cells));
    }

    /**
     * The heat map over every swept pair, where some cells may be missing (an outcome no run of
     * that setting has, such as days to relapse where none relapsed): those stay blank, and the
     * note under the title says so.
     *
     * @param title what was varied and measured
     * @param xLabel first parameter with its unit
     * @param yLabel second parameter with its unit
     * @param valueLabel the outcome with its unit, for the colour bar
     * @param cells the cells that have a value, at least one
     * @param xs every swept value of the first parameter, increasing
     * @param ys every swept value of the second parameter, increasing
     * @return the chart
     */
    public static JFreeChart create(String title, String xLabel, String yLabel,
            String valueLabel, List<SweepCell> cells, double[] xs, double[] ys) {
        if (cells.isEmpty()) {
            throw new IllegalArgumentException("cells must hold at least one cell, was empty");
        }
        DefaultXYZDataset data = SweepData.grid(cells, valueLabel, xs, ys);
        double[] z = HeatMaps.zRange(data);
        SequentialPaintScale scale = SequentialPaintScale.spanning(z[0], z[1]);
        XYPlot plot = new XYPlot(data, valueAxis(xLabel, xs), valueAxis(yLabel, ys),
                HeatMaps.blocks(scale, 1, 1));
        HeatMaps.writeValues(plot, data, scale, "0.00");
        JFreeChart chart = SlideTheme.chart(title, cells.size() < xs.length * ys.length
                ? "blank: no run of that setting has a value" : "mean over seeds",
                plot, null);
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
