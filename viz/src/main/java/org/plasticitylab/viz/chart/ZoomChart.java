package org.plasticitylab.viz.chart;

import java.awt.Color;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.plasticitylab.metrics.Column;
import org.plasticitylab.metrics.TimeSeries;
import org.plasticitylab.sim.Result;
import org.plasticitylab.viz.data.DayInterval;
import org.plasticitylab.viz.data.PlasticityWindows;
import org.plasticitylab.viz.data.ScenarioEvents;
import org.plasticitylab.viz.data.TimeSeriesData;

/**
 * The first hours after one dose, in hours after the dose starts: NMDA occupancy and the drug,
 * the disinhibition surge of activity, and plasticity P rising past 1.5 x its pre-dose level.
 */
public final class ZoomChart {
    /** Hours shown after the dose. */
    public static final double HOURS = 72;

    private ZoomChart() {
    }

    /**
     * The zoom chart of the dose that starts on {@code doseDay}.
     *
     * @param result the finished run
     * @param doseDay the day the dose starts
     * @return the chart, {@link #HOURS} hours wide
     * @throws IllegalArgumentException if the run has no data from that day on
     */
    public static JFreeChart create(Result result, double doseDay) {
        TimeSeries s = result.series();
        double start = doseDay * 24;
        if (s.rowAtOrAfter(start) >= s.rows()) {
            throw new IllegalArgumentException("doseDay must lie within the run (until day "
                    + s.last(Column.DAY) + "), was " + doseDay);
        }
        NumberAxis hours = SlideTheme.axis("time after the dose starts (hours)", 0, HOURS);
        hours.setTickUnit(new NumberTickUnit(12));
        CombinedDomainXYPlot stack = Panels.stack(hours);
        stack.add(occupancyPanel(s, start), 1);
        stack.add(Panels.panel(TimeSeriesData.collection(
                TimeSeriesData.hoursAfter(s, Column.ACTIVITY, "activity", start, HOURS)),
                SlideTheme.axis("activity (rate)"), SlideTheme.lines(Palette.NETWORK)), 1);
        stack.add(plasticityPanel(s, start), 1);
        for (int i = 0; i < stack.getSubplots().size(); i++) {
            markLaterEvents(stack.getSubplots().get(i), result, doseDay, i == 0);
        }
        return SlideTheme.chart(title(doseDay), result.scenario().name(), stack,
                RectangleEdge.BOTTOM);
    }

    /** Title naming the dose, e.g. "The first 72 hours after the dose on day 42". */
    static String title(double doseDay) {
        return "The first " + (int) HOURS + " hours after the dose on day "
                + DayFormat.day(doseDay);
    }

    private static XYPlot occupancyPanel(TimeSeries s, double start) {
        XYPlot plot = Panels.panel(TimeSeriesData.collection(TimeSeriesData.hoursAfter(s,
                Column.NMDA_OCCUPANCY, "NMDA occupancy", start, HOURS)),
                SlideTheme.axis("occupancy (0-1)", 0, 1), SlideTheme.lines(Palette.OCCUPANCY));
        NumberAxis drug = SlideTheme.axis("drug (mg/L)");
        drug.setAutoRangeIncludesZero(true);
        Panels.onRightAxis(plot, TimeSeriesData.collection(TimeSeriesData.hoursAfter(s,
                Column.DRUG_MG_PER_L, "drug concentration", start, HOURS)), drug,
                SlideTheme.lines(Palette.DRUG));
        return plot;
    }

    private static XYPlot plasticityPanel(TimeSeries s, double start) {
        NumberAxis axis = SlideTheme.axis("P (x baseline)");
        axis.setAutoRangeIncludesZero(true);
        XYPlot plot = Panels.panel(TimeSeriesData.collection(TimeSeriesData.hoursAfter(s,
                Column.PLASTICITY, "plasticity P", start, HOURS)), axis,
                SlideTheme.lines(Palette.PLASTICITY));
        double before = s.value(Column.PLASTICITY, Math.max(0, s.rowAtOrAfter(start) - 1));
        // One label under its line, one over: the two levels are close together.
        plot.addRangeMarker(level(before, "pre-dose level", TextAnchor.TOP_RIGHT),
                Layer.BACKGROUND);
        plot.addRangeMarker(level(PlasticityWindows.DEFAULT_FACTOR * before,
                "1.5 x pre-dose: window opens", TextAnchor.BOTTOM_RIGHT), Layer.BACKGROUND);
        return plot;
    }

    private static ValueMarker level(double value, String label, TextAnchor textAnchor) {
        ValueMarker m = new ValueMarker(value, Color.GRAY, SlideTheme.MARKER_LINE);
        m.setLabel(label);
        m.setLabelFont(SlideTheme.TICK_FONT);
        m.setLabelPaint(Color.DARK_GRAY);
        m.setLabelBackgroundColor(SlideTheme.LABEL_BACKGROUND);
        m.setLabelAnchor(RectangleAnchor.RIGHT);
        m.setLabelTextAnchor(textAnchor);
        return m;
    }

    /** Therapy sessions and further doses inside the 72 hours, in hours after this dose. */
    private static void markLaterEvents(XYPlot plot, Result result, double doseDay,
            boolean labelled) {
        double startHours = doseDay * 24;
        List<DayInterval> sessions = ScenarioEvents.therapySessions(result.scenario()).stream()
                .filter(d -> d.toDay() * 24 > startHours && d.fromDay() * 24 < startHours + HOURS)
                .map(d -> new DayInterval(d.fromDay() * 24 - startHours,
                        d.toDay() * 24 - startHours))
                .toList();
        // Occupancy is high at the top-left, so the label goes at the bottom.
        Panels.shade(plot, sessions, SlideTheme.THERAPY_FILL, labelled ? "therapy" : null,
                RectangleAnchor.BOTTOM_LEFT);
        Panels.lines(plot, ScenarioEvents.doseDays(result.scenario()).stream()
                .map(d -> d * 24 - startHours)
                .filter(h -> h > 0 && h < HOURS)
                .toList());
    }
}
