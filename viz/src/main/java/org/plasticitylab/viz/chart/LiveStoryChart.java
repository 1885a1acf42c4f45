package org.plasticitylab.viz.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Stroke;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.plasticitylab.sim.Result;
import org.plasticitylab.sim.SessionChange;

/**
 * The story chart of a run in progress, for the live explorer: the {@link StoryChart} of what
 * has run so far, titled by the caller (so the title follows the edits), with a mark at every
 * change made during the session, and optionally drawn for a projector (thick lines).
 */
public final class LiveStoryChart {
    /** Colour of the marks of changes made during the session. */
    public static final Color CHANGE_MARK = SlideTheme.BLACK;
    private static final BasicStroke MARK = new BasicStroke(2f, BasicStroke.CAP_BUTT,
            BasicStroke.JOIN_MITER, 10f, new float[] {2f, 4f}, 0f);
    private static final float PROJECTOR_LINE_WIDTH = 6f;
    /** About the width of an "edits 1-3" label, as a share of the run's days. */
    private static final double LABEL_WIDTH_FRACTION = 0.06;

    private LiveStoryChart() {
    }

    /**
     * The chart of a session so far.
     *
     * @param soFar what has run so far (its scenario is the session's, with every change)
     * @param changes the changes made during the session, each marked at its day
     * @param title the chart's title
     * @param subtitle the line under the title
     * @param projector whether to draw thick lines for a projector
     * @return the chart
     */
    public static JFreeChart create(Result soFar, List<SessionChange> changes, String title,
            String subtitle, boolean projector) {
        JFreeChart chart = StoryChart.create(soFar);
        String description = soFar.scenario().description();
        chart.setTitle(new TextTitle(title, SlideTheme.TITLE_FONT));
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof TextTitle sub
                    && sub.getText().equals(description)) {
                sub.setText(subtitle);
            }
        }
        List<XYPlot> panels = ((CombinedDomainXYPlot) chart.getXYPlot()).getSubplots();
        // Changes closer than a label's width share one label ("edits 1-3"), so labels never
        // overprint: the label sits at the last change of its group.
        double labelDays = soFar.scenario().days() * LABEL_WIDTH_FRACTION;
        int first = 0;
        for (int i = 0; i < changes.size(); i++) {
            double day = changes.get(i).day();
            if (day - changes.get(first).day() > labelDays) {
                first = i;
            }
            boolean last = i + 1 == changes.size()
                    || changes.get(i + 1).day() - changes.get(first).day() > labelDays;
            String label = !last ? null : first == i ? "edit " + (i + 1)
                    : "edits " + (first + 1) + "-" + (i + 1);
            // Labelled at the foot of the bottom panel, clear of the dose and therapy marks.
            for (int p = 0; p < panels.size(); p++) {
                panels.get(p).addDomainMarker(mark(day, p == panels.size() - 1 ? label : null),
                        Layer.FOREGROUND);
            }
        }
        if (projector) {
            panels.forEach(LiveStoryChart::thicken);
        }
        return chart;
    }

    private static ValueMarker mark(double day, String label) {
        ValueMarker m = new ValueMarker(day, CHANGE_MARK, MARK);
        if (label != null) {
            m.setLabel(label);
            m.setLabelFont(SlideTheme.TICK_FONT);
            m.setLabelPaint(CHANGE_MARK);
            m.setLabelBackgroundColor(SlideTheme.LABEL_BACKGROUND);
            m.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
            m.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        }
        return m;
    }

    private static void thicken(XYPlot plot) {
        for (int d = 0; d < plot.getRendererCount(); d++) {
            XYItemRenderer r = plot.getRenderer(d);
            if (r == null || plot.getDataset(d) == null) {
                continue;
            }
            for (int s = 0; s < plot.getDataset(d).getSeriesCount(); s++) {
                Stroke set = r.getSeriesStroke(s) != null ? r.getSeriesStroke(s)
                        : r.getDefaultStroke();
                BasicStroke now = set instanceof BasicStroke b ? b : new BasicStroke(1f);
                r.setSeriesStroke(s, new BasicStroke(PROJECTOR_LINE_WIDTH, now.getEndCap(),
                        now.getLineJoin(), now.getMiterLimit(), now.getDashArray(),
                        now.getDashPhase()));
            }
        }
    }
}
