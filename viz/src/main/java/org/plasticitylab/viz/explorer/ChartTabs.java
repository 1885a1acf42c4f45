package org.plasticitylab.viz.explorer;

import java.awt.BorderLayout;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTabbedPane;
import javax.swing.SwingConstants;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.ui.Drawable;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.viz.export.RunCharts;
import org.plasticitylab.viz.run.CapturedRun;

/** The chart tabs: the run's charts, and a comparison with the previous run when there is one. */
final class ChartTabs extends JTabbedPane {
    /** Tab title of the comparison. */
    static final String COMPARE_TAB = "Compare with previous";
    private static final String COMPARE_STEM = "compare-key-metrics";
    private static final Map<String, String> TITLES = Map.of("story", "Story", "zoom",
            "First dose", "network", "Network", "connectivity", "Regions",
            COMPARE_STEM, COMPARE_TAB);
    private Map<String, Drawable> current = Map.of();
    private String comparisonHeader = "";

    ChartTabs() {
        addTab("Story", message("Press Run to simulate the scenario."));
    }

    /** Shows the charts of {@code run}, and the comparison with {@code previous} if not null. */
    void show(CapturedRun run, CapturedRun previous) {
        int selected = getSelectedIndex();
        Map<String, Drawable> charts = new LinkedHashMap<>(RunCharts.charts(run));
        String header = "";
        if (previous != null) {
            Scenario was = previous.result().scenario();
            Scenario now = run.result().scenario();
            charts.put(COMPARE_STEM, PreviousComparison.chart(previous.result(), was.name(),
                    run.result(), now.name()));
            header = PreviousComparison.header(was.name(), now.name(),
                    SettingsDiff.describe(was, now));
        }
        removeAll();
        comparisonHeader = header;
        charts.forEach((stem, chart) -> addTab(TITLES.getOrDefault(stem, stem),
                stem.equals(COMPARE_STEM) ? headed(panel(chart), comparisonHeader)
                        : panel(chart)));
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

    /** The line above the comparison (HTML), empty before there is one. */
    String comparisonHeader() {
        return comparisonHeader;
    }

    /** The charts on show, by file stem, for export. */
    Map<String, Drawable> charts() {
        return current;
    }

    private static JComponent panel(Drawable chart) {
        return chart instanceof JFreeChart c ? new ChartPanel(c, false, true, true, true, true)
                : new DrawablePanel(chart);
    }

    /** {@code content} under a line of text (HTML), e.g. what a comparison compares. */
    private static JComponent headed(JComponent content, String html) {
        JPanel p = new JPanel(new BorderLayout());
        JLabel header = new JLabel(html);
        header.setBorder(BorderFactory.createEmptyBorder(8, 12, 8, 12));
        p.add(header, BorderLayout.NORTH);
        p.add(content, BorderLayout.CENTER);
        return p;
    }

    private static JComponent message(String text) {
        JPanel p = new JPanel(new BorderLayout());
        p.add(new JLabel(text, SwingConstants.CENTER));
        return p;
    }
}
