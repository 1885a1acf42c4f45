package org.plasticitylab.viz.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Stroke;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.ui.VerticalAlignment;

/**
 * The one place where charts get their look: sized for a 1600 x 900 slide seen from the back of
 * a classroom (30 px titles, 21 px axis labels, 17 px tick labels, 3 px lines), the
 * colour-blind-safe Okabe-Ito palette (Okabe and Ito 2008), a white background with a light grid,
 * and the disclaimer under every chart.
 */
public final class SlideTheme {
    /** Okabe-Ito blue. */
    public static final Color BLUE = new Color(0x0072B2);
    /** Okabe-Ito vermillion. */
    public static final Color VERMILLION = new Color(0xD55E00);
    /** Okabe-Ito bluish green. */
    public static final Color GREEN = new Color(0x009E73);
    /** Okabe-Ito reddish purple. */
    public static final Color PURPLE = new Color(0xCC79A7);
    /** Okabe-Ito orange. */
    public static final Color ORANGE = new Color(0xE69F00);
    /** Okabe-Ito sky blue. */
    public static final Color SKY = new Color(0x56B4E9);
    /** Okabe-Ito yellow; only for fills, too light for lines on white. */
    public static final Color YELLOW = new Color(0xF0E442);
    /** Okabe-Ito black. */
    public static final Color BLACK = Color.BLACK;
    /** Line colours in the order series get them. Yellow is left out: it vanishes on white. */
    public static final Color[] SERIES = {BLUE, VERMILLION, GREEN, PURPLE, ORANGE, SKY, BLACK};

    /** The footnote every chart carries. */
    public static final String DISCLAIMER = "Toy model for teaching - not medical advice";

    static final String FONT_FAMILY = Font.SANS_SERIF;
    static final Font TITLE_FONT = new Font(FONT_FAMILY, Font.BOLD, 30);
    static final Font SUBTITLE_FONT = new Font(FONT_FAMILY, Font.PLAIN, 20);
    static final Font AXIS_LABEL_FONT = new Font(FONT_FAMILY, Font.PLAIN, 21);
    static final Font TICK_FONT = new Font(FONT_FAMILY, Font.PLAIN, 17);
    static final Font PANEL_TITLE_FONT = new Font(FONT_FAMILY, Font.BOLD, 22);
    static final Font LEGEND_FONT = new Font(FONT_FAMILY, Font.PLAIN, 19);
    static final Font MARKER_FONT = new Font(FONT_FAMILY, Font.BOLD, 18);
    static final Font FOOTNOTE_FONT = new Font(FONT_FAMILY, Font.ITALIC, 16);

    /**
     * Time buckets per line: about one per two pixels of a slide's plot area, so thinned lines
     * look the same as all rows (see {@code TimeSeriesData.byDay}).
     */
    public static final int SCREEN_BUCKETS = 800;

    /** Width of data lines, in pixels at slide size. */
    public static final float LINE_WIDTH = 3f;
    static final Stroke LINE = new BasicStroke(LINE_WIDTH, BasicStroke.CAP_ROUND,
            BasicStroke.JOIN_ROUND);
    static final Stroke MARKER_LINE = new BasicStroke(1.5f, BasicStroke.CAP_BUTT,
            BasicStroke.JOIN_ROUND, 1f, new float[] {6f, 6f}, 0f);
    /** Generous room around tick labels: JFreeChart then picks fewer, calmer ticks. */
    static final RectangleInsets TICK_INSETS = new RectangleInsets(9, 12, 9, 12);
    static final Color GRID = new Color(0xDDDDDD);
    static final Stroke GRID_LINE = new BasicStroke(1f);
    static final Color STRESS_FILL = new Color(0x99, 0x99, 0x99, 26);
    static final Color WINDOW_FILL = new Color(0xF0, 0xE4, 0x42, 110);
    static final Color THERAPY_FILL = new Color(0x00, 0x9E, 0x73, 40);
    static final Color LABEL_BACKGROUND = new Color(255, 255, 255, 0);
    static final Color DOSE_LINE = new Color(0x55, 0x55, 0x55, 160);

    private SlideTheme() {
    }

    /**
     * A styled chart: title, optional subtitle, legend at the given edge (or none when
     * {@code legendEdge} is null), and the disclaimer footnote at the bottom.
     *
     * @param title the chart's title
     * @param subtitle shown under the title; null or blank for none
     * @param plot the plot, styled in place
     * @param legendEdge where the legend goes; null for no legend
     * @return the chart
     */
    public static JFreeChart chart(String title, String subtitle, Plot plot,
            RectangleEdge legendEdge) {
        style(plot);
        JFreeChart chart = new JFreeChart(title, TITLE_FONT, plot, legendEdge != null);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(8, 12, 6, 16));
        if (subtitle != null && !subtitle.isBlank()) {
            TextTitle sub = new TextTitle(subtitle, SUBTITLE_FONT);
            sub.setPaint(Color.DARK_GRAY);
            sub.setPadding(new RectangleInsets(2, 0, 6, 0));
            chart.addSubtitle(sub);
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setPosition(legendEdge);
            legend.setFrame(BlockBorder.NONE);
            legend.setItemFont(TICK_FONT);
            legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 12));
            if (legendEdge == RectangleEdge.RIGHT || legendEdge == RectangleEdge.LEFT) {
                legend.setVerticalAlignment(VerticalAlignment.CENTER);
            }
        }
        // First subtitle = outermost: the disclaimer stays at the very bottom, under any legend.
        chart.addSubtitle(0, footnote());
        return chart;
    }

    /**
     * White background, light grid and slide fonts on a plot, its subplots and all their axes.
     * Series colours are left alone: each chart sets its own, so that a metric keeps its colour.
     */
    static void style(Plot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(Color.GRAY);
        if (plot instanceof CombinedDomainXYPlot combined) {
            combined.getSubplots().forEach(SlideTheme::style);
        } else if (plot instanceof CombinedRangeXYPlot combined) {
            combined.getSubplots().forEach(SlideTheme::style);
        }
        if (plot instanceof XYPlot xy) {
            xy.setDomainGridlinePaint(GRID);
            xy.setRangeGridlinePaint(GRID);
            xy.setDomainGridlineStroke(GRID_LINE);
            xy.setRangeGridlineStroke(GRID_LINE);
            for (int i = 0; i < xy.getDomainAxisCount(); i++) {
                styleAxis(xy.getDomainAxis(i));
            }
            for (int i = 0; i < xy.getRangeAxisCount(); i++) {
                styleAxis(xy.getRangeAxis(i));
            }
        }
    }

    private static void styleAxis(Axis axis) {
        if (axis != null) {
            axis.setLabelFont(AXIS_LABEL_FONT);
            axis.setTickLabelFont(TICK_FONT);
            axis.setLabelPaint(Color.BLACK);
            axis.setTickLabelPaint(Color.BLACK);
            axis.setTickLabelInsets(TICK_INSETS);
        }
    }

    /**
     * The disclaimer as a bottom title; exposed so composite figures can draw it once.
     *
     * @return a new title, right-aligned at the bottom edge
     */
    public static TextTitle footnote() {
        TextTitle note = new TextTitle(DISCLAIMER, FOOTNOTE_FONT);
        note.setPosition(RectangleEdge.BOTTOM);
        note.setHorizontalAlignment(HorizontalAlignment.RIGHT);
        note.setPaint(Color.DARK_GRAY);
        note.setPadding(new RectangleInsets(8, 0, 0, 0));
        return note;
    }

    /**
     * A value axis with its label (which should name the unit) in the slide fonts.
     *
     * @param label the axis label, with its unit
     * @return a new axis whose automatic range need not include zero
     */
    public static NumberAxis axis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setLabelFont(AXIS_LABEL_FONT);
        axis.setTickLabelFont(TICK_FONT);
        axis.setTickLabelInsets(TICK_INSETS);
        axis.setAutoRangeIncludesZero(false);
        axis.setNumberFormatOverride(new TickFormat());
        return axis;
    }

    /**
     * A value axis with a fixed range, e.g. 0..1 for occupancy.
     *
     * @param label the axis label, with its unit
     * @param lower the lower end of the range
     * @param upper the upper end of the range
     * @return a new axis
     */
    public static NumberAxis axis(String label, double lower, double upper) {
        NumberAxis axis = axis(label);
        axis.setRange(lower, upper);
        return axis;
    }

    /**
     * A time axis in days from 0 to {@code days}, with a tick every week when it fits.
     *
     * @param days the length of the run in days; weekly ticks from 21 days on
     * @return a new axis labelled "time (days)"
     */
    public static NumberAxis daysAxis(double days) {
        NumberAxis axis = axis("time (days)", 0, days);
        if (days >= 21) {
            axis.setTickUnit(new NumberTickUnit(7));
        }
        return axis;
    }

    /**
     * The first {@code n} series colours, cycling when there are more runs than colours.
     *
     * @param n the number of colours wanted
     * @return an array of {@code n} colours
     */
    public static Color[] seriesColours(int n) {
        Color[] out = new Color[n];
        for (int i = 0; i < n; i++) {
            out[i] = SERIES[i % SERIES.length];
        }
        return out;
    }

    /**
     * Line styles that tell overlapping runs apart: solid, then ever shorter dashes, so that a
     * run drawn over an identical one lets it show through.
     *
     * @param index the run's position, from 0
     * @return the solid line for index 0, a dashed one after that
     */
    public static Stroke runStroke(int index) {
        if (index == 0) {
            return LINE;
        }
        float dash = Math.max(4f, 18f - 5f * (index - 1));
        return new BasicStroke(LINE_WIDTH, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
                new float[] {dash, dash * 0.7f}, 0f);
    }

    /** A tick step of 1, 2 or 5 times a power of ten giving about {@code ticks} ticks. */
    static double niceStep(double range, int ticks) {
        double raw = range / ticks;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / power;
        return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * power;
    }

    /**
     * A line renderer with one colour and solid 3 px line per series, no shapes.
     *
     * @param paints the colour of each series, in series order
     * @return a new renderer
     */
    public static XYLineAndShapeRenderer lines(Paint... paints) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < paints.length; i++) {
            r.setSeriesPaint(i, paints[i]);
            r.setSeriesStroke(i, LINE);
        }
        r.setAutoPopulateSeriesStroke(false);
        // One path per series rather than one element per segment: smooth joins, small SVG.
        r.setDrawSeriesLineAsPath(true);
        r.setDefaultStroke(LINE);
        return r;
    }

    /** A shaded interval with an optional label written inside it, in the given corner. */
    static IntervalMarker band(double from, double to, Paint fill, String label,
            RectangleAnchor labelCorner) {
        IntervalMarker m = new IntervalMarker(from, to, fill);
        m.setOutlinePaint(null);
        if (label != null) {
            m.setLabel(label);
            m.setLabelFont(MARKER_FONT);
            m.setLabelPaint(Color.DARK_GRAY);
            m.setLabelBackgroundColor(LABEL_BACKGROUND);
            m.setLabelAnchor(labelCorner);
            m.setLabelTextAnchor(textAnchor(labelCorner));
            m.setLabelOffset(new RectangleInsets(6, 6, 6, 6));
        }
        return m;
    }

    /**
     * A labelled horizontal reference level, e.g. a baseline or a target: a thin grey dashed line
     * across the plot, its label just above it at the left. Add it as a range marker.
     *
     * @param at the level, in the range axis's units
     * @param label what the level is, with its value
     * @return a new marker
     */
    public static ValueMarker level(double at, String label) {
        ValueMarker m = new ValueMarker(at, Color.GRAY, MARKER_LINE);
        m.setLabel(label);
        m.setLabelFont(TICK_FONT);
        m.setLabelPaint(Color.DARK_GRAY);
        m.setLabelBackgroundColor(LABEL_BACKGROUND);
        m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        m.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        return m;
    }

    /** The text anchor that keeps a label inside its corner of the band. */
    private static TextAnchor textAnchor(RectangleAnchor corner) {
        if (corner == RectangleAnchor.BOTTOM_LEFT) {
            return TextAnchor.BOTTOM_LEFT;
        }
        if (corner == RectangleAnchor.BOTTOM_RIGHT) {
            return TextAnchor.BOTTOM_RIGHT;
        }
        return corner == RectangleAnchor.TOP_RIGHT ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT;
    }

    /** A thin dashed vertical line, e.g. for a dose. */
    static ValueMarker line(double at) {
        return new ValueMarker(at, DOSE_LINE, MARKER_LINE);
    }
}
