package org.plasticitylab.viz.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYBoxAnnotation;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.DefaultXYZDataset;
import org.plasticitylab.network.NetworkSnapshot;
import org.plasticitylab.network.Region;
import org.plasticitylab.viz.data.LabelledSnapshot;
import org.plasticitylab.viz.data.NetworkData;
import org.plasticitylab.viz.data.WeightCells;

/**
 * The network before and after treatment, side by side: the weight matrix with units ordered by
 * region and the two patterns' members marked along the edges, and the 4 x 4 region-to-region
 * connectivity.
 */
public final class NetworkChart {
    /** Legend name of the negative pattern's marks. */
    public static final String NEGATIVE_KEY = "negative pattern member";
    /** Legend name of the positive pattern's marks. */
    public static final String POSITIVE_KEY = "positive pattern member";
    private static final BasicStroke REGION_LINE = new BasicStroke(1.5f);
    private static final double EDGE = -0.5;
    private static final double MARK_FAR = EDGE - 0.10;
    private static final double MARK_NEAR = EDGE - 0.03;

    private NetworkChart() {
    }

    /**
     * Weight matrices of the snapshots side by side on one colour scale.
     *
     * @param before the snapshot drawn on the left
     * @param after the snapshot drawn on the right
     * @return the chart
     */
    public static JFreeChart weights(LabelledSnapshot before, LabelledSnapshot after) {
        double max = Math.max(maxWeight(before.snapshot()), maxWeight(after.snapshot()));
        SequentialPaintScale scale = SequentialPaintScale.spanning(0, max);
        CombinedRangeXYPlot pair = new CombinedRangeXYPlot(regionAxis("postsynaptic unit",
                MARK_FAR - 0.02));
        pair.setGap(40);
        for (LabelledSnapshot ls : List.of(before, after)) {
            NetworkSnapshot s = ls.snapshot();
            double unit = (double) WeightCells.unitsPerCell(s) / s.regionSize();
            XYBlockRenderer blocks = HeatMaps.blocks(scale, unit, unit);
            blocks.setBlockAnchor(RectangleAnchor.BOTTOM_LEFT);
            XYPlot plot = new XYPlot(WeightCells.of(s, ls.label()),
                    regionAxis("presynaptic unit, " + ls.label(), MARK_FAR - 0.02), null, blocks);
            separateRegions(plot);
            markPattern(plot, s.negativeMembers(), s.regionSize(), Palette.NEGATIVE);
            markPattern(plot, s.positiveMembers(), s.regionSize(), Palette.POSITIVE);
            pair.add(plot);
        }
        pair.setFixedLegendItems(patternLegend());
        int block = WeightCells.unitsPerCell(before.snapshot());
        String dot = block == 1 ? "each dot is one synapse"
                : "each dot is the mean weight between " + block + " x " + block + " units";
        JFreeChart chart = SlideTheme.chart("Synapse weights by region, before and after",
                dot + "; white = no synapse; marks on the edges = pattern members", pair,
                RectangleEdge.BOTTOM);
        chart.addSubtitle(HeatMaps.legend(scale, "synaptic weight (a.u.)"));
        return chart;
    }

    /**
     * Region-to-region connectivity matrices of the snapshots side by side.
     *
     * @param before the snapshot drawn on the left
     * @param after the snapshot drawn on the right
     * @return the chart
     */
    public static JFreeChart connectivity(LabelledSnapshot before, LabelledSnapshot after) {
        double[][] a = NetworkData.connectivity(before.snapshot());
        double[][] b = NetworkData.connectivity(after.snapshot());
        SequentialPaintScale scale = SequentialPaintScale.spanning(0, Math.max(max(a), max(b)));
        CombinedRangeXYPlot pair = new CombinedRangeXYPlot(regionAxis("to region", -0.5));
        pair.setGap(40);
        for (int i = 0; i < 2; i++) {
            LabelledSnapshot ls = i == 0 ? before : after;
            DefaultXYZDataset data = NetworkData.connectivityGrid(i == 0 ? a : b, ls.label());
            XYPlot plot = new XYPlot(data, regionAxis("from region, " + ls.label(), -0.5), null,
                    HeatMaps.blocks(scale, 1, 1));
            HeatMaps.writeValues(plot, data, scale, "0.000");
            pair.add(plot);
        }
        JFreeChart chart = SlideTheme.chart("Connection strength between regions",
                "mean synaptic weight per candidate slot, before and after", pair, null);
        chart.addSubtitle(HeatMaps.legend(scale, "mean weight (a.u.)"));
        return chart;
    }

    private static SymbolAxis regionAxis(String label, double lower) {
        Region[] regions = Region.values();
        String[] names = new String[regions.length];
        for (Region r : regions) {
            names[r.ordinal()] = r.label();
        }
        SymbolAxis axis = new SymbolAxis(label, names);
        axis.setGridBandsVisible(false);
        axis.setRange(lower, regions.length - 0.5);
        return axis;
    }

    /** Lines between regions instead of grid lines, which would cut regions in half. */
    private static void separateRegions(XYPlot plot) {
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        for (int k = 1; k < Region.values().length; k++) {
            plot.addDomainMarker(new ValueMarker(k - 0.5, Color.GRAY, REGION_LINE));
            plot.addRangeMarker(new ValueMarker(k - 0.5, Color.GRAY, REGION_LINE));
        }
    }

    /** Boxes along the left and bottom edges at the members' rows and columns. */
    private static void markPattern(XYPlot plot, int[] members, int regionSize, Paint paint) {
        for (int[] run : NetworkData.runs(members)) {
            double from = NetworkData.regionPosition(run[0], regionSize);
            double to = NetworkData.regionPosition(run[1] + 1, regionSize);
            plot.addAnnotation(new XYBoxAnnotation(MARK_FAR, from, MARK_NEAR, to, null, null,
                    paint), false);
            plot.addAnnotation(new XYBoxAnnotation(from, MARK_FAR, to, MARK_NEAR, null, null,
                    paint), false);
        }
    }

    private static LegendItemCollection patternLegend() {
        LegendItemCollection items = new LegendItemCollection();
        items.add(box(NEGATIVE_KEY, Palette.NEGATIVE));
        items.add(box(POSITIVE_KEY, Palette.POSITIVE));
        return items;
    }

    private static LegendItem box(String label, Color colour) {
        LegendItem item = new LegendItem(label, null, null, null,
                new Rectangle2D.Double(-8, -8, 16, 16), colour);
        item.setLabelFont(SlideTheme.TICK_FONT);
        return item;
    }

    private static double maxWeight(NetworkSnapshot s) {
        double max = 0;
        for (int i = 0; i < s.neurons() * s.slotsPerNeuron(); i++) {
            max = Math.max(max, s.weight(i));
        }
        return max;
    }

    private static double max(double[][] m) {
        double max = 0;
        for (double[] row : m) {
            for (double v : row) {
                max = Math.max(max, v);
            }
        }
        return max;
    }
}
