package org.plasticitylab.viz.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.Test;
import org.plasticitylab.sim.Result;
import org.plasticitylab.sim.SessionChange;
import org.plasticitylab.viz.TestRuns;

class LiveStoryChartTest {
    private final Result result = TestRuns.shortRun().result();
    private final List<SessionChange> changes = List.of(new SessionChange(1, "dose"),
            new SessionChange(1, "therapy session"), new SessionChange(2, "stress 0.3 from now"));

    private static List<XYPlot> panels(JFreeChart chart) {
        return ((CombinedDomainXYPlot) chart.getPlot()).getSubplots();
    }

    private static List<String> labels(XYPlot plot) {
        return plot.getDomainMarkers(Layer.FOREGROUND).stream().map(m -> ((Marker) m).getLabel())
                .filter(l -> l != null).toList();
    }

    @Test
    void marksEveryChangeOnEveryPanelAndLabelsEachMomentOnce() {
        JFreeChart chart = LiveStoryChart.create(result, changes, "the title", "the line",
                false);
        ChartRenderTest.rendersAtSlideSize(chart);
        List<XYPlot> panels = panels(chart);
        for (XYPlot p : panels) {
            assertThat(p.getDomainMarkers(Layer.FOREGROUND)).hasSize(3);
        }
        assertThat(labels(panels.get(panels.size() - 1))).containsExactly("edits 1-2", "edit 3");
    }

    @Test
    void changesCloserThanALabelShareOneLabel() {
        double near = result.scenario().days() * 0.03;
        List<SessionChange> close = List.of(new SessionChange(1, "dose"),
                new SessionChange(1 + near, "therapy session"),
                new SessionChange(1 + 4 * near, "stress 0.3 from now"));
        List<XYPlot> panels = panels(LiveStoryChart.create(result, close, "t", "s", false));
        assertThat(labels(panels.get(panels.size() - 1))).containsExactly("edits 1-2", "edit 3");
    }

    @Test
    void theTitleAndSubtitleAreTheCallersAndTheDisclaimerStays() {
        JFreeChart chart = LiveStoryChart.create(result, changes, "the title", "the line",
                false);
        assertThat(chart.getTitle().getText()).isEqualTo("the title");
        boolean subtitle = false;
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            subtitle |= chart.getSubtitle(i) instanceof TextTitle t
                    && t.getText().equals("the line");
        }
        assertThat(subtitle).isTrue();
        assertThat(ChartRenderTest.hasFootnote(chart)).isTrue();
    }

    @Test
    void projectorModeDrawsThickerLines() {
        XYPlot normal = panels(LiveStoryChart.create(result, List.of(), "t", "s", false)).get(2);
        XYPlot projector = panels(LiveStoryChart.create(result, List.of(), "t", "s", true)).get(2);
        float before = ((BasicStroke) normal.getRenderer().getSeriesStroke(0)).getLineWidth();
        float after = ((BasicStroke) projector.getRenderer().getSeriesStroke(0)).getLineWidth();
        assertThat(after).isGreaterThan(before * 1.5f);
    }
}
