package org.plasticitylab.viz.explorer;

import java.awt.BorderLayout;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTabbedPane;
import javax.swing.SwingConstants;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.ui.Drawable;
import org.plasticitylab.viz.export.RunCharts;
import org.plasticitylab.viz.run.CapturedRun;

/** The chart tabs: the run's charts, and a comparison with the previous run when there is one. */
final class ChartTabs extends JTabbedPane {
    /** Tab title of the comparison. */
    static final String COMPARE_TAB = "Compare with previous";
    private static final Map<String, String> TITLES = Map.of("story", "Story", "zoom",
            "First dose", "network", "Network", "connectivity", "Regions",
            "compare-key-metrics", COMPARE_TAB);
    private Map<String, Drawable> current = Map.of();

    ChartTabs() {
        addTab("Story", message("Press Run to simulate the scenario."));
    }

    /** Shows the charts of {@code run}, and the comparison with {@code previous} if not null. */
    void show(CapturedRun run, CapturedRun previous) {
        int selected = getSelectedIndex();
        Map<String, Drawable> charts = new LinkedHashMap<>(RunCharts.charts(run));
        if (previous != null) {
            charts.put("compare-key-metrics", PreviousComparison.chart(previous.result(),
                    previous.result().scenario().name(), run.result(),
                    run.result().scenario().name()));
        }
        removeAll();
        charts.forEach((stem, chart) -> addTab(TITLES.getOrDefault(stem, stem), panel(chart)));
        setSelectedIndex(Math.max(0, Math.min(selected, getTabCount() - 1)));
        current = Map.copyOf(charts);
    }

    /** Selects the comparison tab; false if there is none yet. */
    boolean showComparison() {
        int i = indexOfTab(COMPARE_TAB);
        if (i >= 0) {
            setSelectedIndex(i);
        }
        return i >= 0;
    }

    /** The charts on show, by file stem, for export. */
    Map<String, Drawable> charts() {
        return current;
    }

    private static JComponent panel(Drawable chart) {
        return chart instanceof JFreeChart c ? new ChartPanel(c, false, true, true, true, true)
                : new DrawablePanel(chart);
    }

    private static JComponent message(String text) {
        JPanel p = new JPanel(new BorderLayout());
        p.add(new JLabel(text, SwingConstants.CENTER));
        return p;
    }
}
