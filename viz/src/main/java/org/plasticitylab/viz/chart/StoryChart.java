package org.plasticitylab.viz.chart;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.plasticitylab.files.Decimals;
import org.plasticitylab.metrics.Column;
import org.plasticitylab.metrics.TimeSeries;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.sim.Result;
import org.plasticitylab.viz.data.DayInterval;
import org.plasticitylab.viz.data.PlasticityWindows;
import org.plasticitylab.viz.data.ScenarioEvents;
import org.plasticitylab.viz.data.TimeSeriesData;

/**
 * The story of one run at a glance: panels stacked on one time axis in days. From the top: what
 * was given when (doses, therapy sessions, SSRI-like course); the drug and its NMDA occupancy;
 * plasticity P with its baseline and the window of opportunity; synapse density overall and by
 * region; positive and negative recall with the mood index. Stress periods are shaded in every
 * panel, doses are dashed lines.
 */
public final class StoryChart {
    /** Heights of the dose and therapy strip and of each metric panel, relative. */
    private static final int EVENTS_WEIGHT = 3;
    private static final int PANEL_WEIGHT = 7;
    /** Label of the shaded high-plasticity interval. */
    public static final String WINDOW_LABEL = "window of opportunity";
    /** Series key of the dose marks in the events panel. */
    public static final String DOSE_KEY = "NMDA-block dose";
    /** Series key of the therapy marks in the events panel. */
    public static final String THERAPY_KEY = "therapy session";
    /** A drug's course is shaded in the drug's colour (see {@link Palette#DRUG}). */
    static final Color SSRI_FILL = new Color(0xE6, 0x9F, 0x00, 50);
    /** Below this the run counts as drug-free for the drug axis. */
    private static final double NO_DRUG_MG_PER_L = 1e-6;
    /** The plasticity axis reaches at least this high, above the baseline's label. */
    private static final double BASELINE_HEADROOM = 1.3;
    /** A window starting after this share of the run is labelled to its left. */
    private static final double LATE_FRACTION = 0.6;

    private StoryChart() {
    }

    /**
     * The story chart of a run, titled with the scenario's name and description.
     *
     * @param result the finished run
     * @return the chart
     */
    public static JFreeChart create(Result result) {
        Scenario scenario = result.scenario();
        TimeSeries s = result.series();
        List<Double> doses = ScenarioEvents.doseDays(scenario);
        List<DayInterval> stress = stressIntervals(scenario);
        CombinedDomainXYPlot stack = Panels.stack(SlideTheme.daysAxis(scenario.days()));
        XYPlot events = eventsPanel(scenario, doses);
        if (events != null) {
            // Tall enough for both row names even under a three-line live title: SymbolAxis
            // drops a name that would overlap the other.
            stack.add(events, EVENTS_WEIGHT);
        }
        XYPlot[] panels = {drugPanel(s), plasticityPanel(s, doses, scenario.days()),
            densityPanel(s), recallPanel(s)};
        for (XYPlot p : panels) {
            Panels.shade(p, stress, SlideTheme.STRESS_FILL, null);
            Panels.lines(p, doses);
            stack.add(p, PANEL_WEIGHT);
        }
        if (!stress.isEmpty()) {
            Panels.shade(panels[0], stress.subList(0, 1), SlideTheme.STRESS_FILL,
                    "stress " + Decimals.label(scenario.stress().get(0).level()));
        }
        return SlideTheme.chart(scenario.name(), scenario.description(), stack,
                RectangleEdge.RIGHT);
    }

    private static List<DayInterval> stressIntervals(Scenario scenario) {
        return scenario.stress().stream()
                .filter(p -> p.level() > 0)
                .map(p -> new DayInterval(p.fromDay(), p.toDay()))
                .toList();
    }

    /** Doses as triangles, therapy as ticks, SSRI-like course shaded; null when none. */
    private static XYPlot eventsPanel(Scenario scenario, List<Double> doses) {
        List<DayInterval> sessions = ScenarioEvents.therapySessions(scenario);
        List<DayInterval> ssri = ScenarioEvents.courses(scenario);
        if (doses.isEmpty() && sessions.isEmpty() && ssri.isEmpty()) {
            return null;
        }
        XYSeries therapy = new XYSeries(THERAPY_KEY);
        sessions.forEach(d -> therapy.add(d.fromDay(), 0));
        XYSeries dose = new XYSeries(DOSE_KEY);
        doses.forEach(d -> dose.add(d.doubleValue(), 1));
        // Only what the scenario has, so the legend never lists a therapy that was not given.
        XYSeriesCollection shown = new XYSeriesCollection();
        XYLineAndShapeRenderer marks = new XYLineAndShapeRenderer(false, true);
        if (!sessions.isEmpty()) {
            marks.setSeriesShape(shown.getSeriesCount(), tick());
            marks.setSeriesPaint(shown.getSeriesCount(), Palette.POSITIVE);
            shown.addSeries(therapy);
        }
        if (!doses.isEmpty()) {
            marks.setSeriesShape(shown.getSeriesCount(), triangle());
            marks.setSeriesPaint(shown.getSeriesCount(), Palette.DRUG);
            shown.addSeries(dose);
        }
        SymbolAxis rows = new SymbolAxis("", new String[] {"therapy", "dose"});
        rows.setTickLabelFont(SlideTheme.TICK_FONT);
        rows.setLabelFont(SlideTheme.AXIS_LABEL_FONT);
        rows.setGridBandsVisible(false);
        rows.setRange(-0.7, 1.7);
        // Both rows always named: on a short panel the automatic tick unit would skip one.
        rows.setAutoTickUnitSelection(false);
        rows.setTickUnit(new NumberTickUnit(1));
        XYPlot plot = Panels.panel(shown, rows, marks);
        Panels.shade(plot, ssri, SSRI_FILL, "SSRI-like course");
        return plot;
    }

    private static XYPlot drugPanel(TimeSeries s) {
        XYPlot plot = Panels.panel(TimeSeriesData.collection(
                line(s, Column.DRUG_MG_PER_L, "drug (mg/L)")),
                SlideTheme.axis("drug (mg/L)"), SlideTheme.lines(Palette.DRUG));
        NumberAxis drug = (NumberAxis) plot.getRangeAxis();
        drug.setAutoRangeIncludesZero(true);
        if (max(s, Column.DRUG_MG_PER_L) < NO_DRUG_MG_PER_L) {
            // Drug-free: a plain 0..1 axis, not ticks of 5E-9 around nothing.
            drug.setRange(0, 1);
        }
        // Occupancy on top: the two spikes coincide and occupancy is the one students need.
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        Panels.onRightAxis(plot, TimeSeriesData.collection(
                line(s, Column.NMDA_OCCUPANCY, "NMDA occupancy (0-1)")),
                SlideTheme.axis("occupancy (0-1)", 0, 1), SlideTheme.lines(Palette.OCCUPANCY));
        return plot;
    }

    private static XYPlot plasticityPanel(TimeSeries s, List<Double> doses, double days) {
        // Room above the baseline for its label, also when P never rises above 1.
        NumberAxis axis = SlideTheme.axis("P (x baseline)", 0,
                Math.max(BASELINE_HEADROOM, max(s, Column.PLASTICITY) * 1.08));
        XYPlot plot = Panels.panel(TimeSeriesData.collection(
                line(s, Column.PLASTICITY, "plasticity P")), axis,
                SlideTheme.lines(Palette.PLASTICITY));
        plot.addRangeMarker(SlideTheme.level(1, "healthy baseline 1"), Layer.BACKGROUND);
        // P runs along the top of the window, so its label goes at the bottom.
        List<DayInterval> windows = PlasticityWindows.find(s, doses);
        // A window late in the run writes its label leftwards, so the plot edge does not cut it.
        boolean late = !windows.isEmpty() && windows.get(0).fromDay() > days * LATE_FRACTION;
        Panels.shade(plot, windows, SlideTheme.WINDOW_FILL, WINDOW_LABEL,
                late ? RectangleAnchor.BOTTOM_RIGHT : RectangleAnchor.BOTTOM_LEFT);
        return plot;
    }

    private static double max(TimeSeries s, Column column) {
        double max = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < s.rows(); r++) {
            max = Math.max(max, s.value(column, r));
        }
        return max;
    }

    private static XYPlot densityPanel(TimeSeries s) {
        XYLineAndShapeRenderer r = SlideTheme.lines(Palette.NETWORK, Palette.REGION,
                Palette.REGION, Palette.REGION, Palette.REGION);
        for (int i = 1; i <= 4; i++) {
            r.setSeriesStroke(i, Palette.regionStroke(i - 1));
        }
        return Panels.panel(TimeSeriesData.collection(
                line(s, Column.SYNAPSE_DENSITY, "density, all regions"),
                line(s, Column.DENSITY_EXECUTIVE, "executive"),
                line(s, Column.DENSITY_MOOD, "mood"),
                line(s, Column.DENSITY_REWARD, "reward"),
                line(s, Column.DENSITY_MEMORY, "memory")),
                SlideTheme.axis("density (0-1)"), r);
    }

    private static XYPlot recallPanel(TimeSeries s) {
        XYPlot plot = Panels.panel(TimeSeriesData.collection(
                line(s, Column.POSITIVE_RECALL, "positive recall"),
                line(s, Column.NEGATIVE_RECALL, "negative recall")),
                SlideTheme.axis("recall (0-1)", 0, 1.05),
                SlideTheme.lines(Palette.POSITIVE, Palette.NEGATIVE));
        Panels.onRightAxis(plot, TimeSeriesData.collection(
                line(s, Column.MOOD_INDEX, "mood index (0-100)")),
                SlideTheme.axis("mood (0-100)", 0, 105), SlideTheme.lines(Palette.MOOD));
        return plot;
    }

    /** A column against days, thinned to what a slide can show. */
    private static XYSeries line(TimeSeries s, Column column, String key) {
        return TimeSeriesData.byDay(s, column, key, SlideTheme.SCREEN_BUCKETS);
    }

    private static Shape triangle() {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(0, -8);
        p.lineTo(8, 7);
        p.lineTo(-8, 7);
        p.closePath();
        return p;
    }

    private static Shape tick() {
        return new Rectangle2D.Double(-2, -10, 4, 20);
    }
}
