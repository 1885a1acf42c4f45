package org.plasticitylab.viz.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.Test;
import org.plasticitylab.metrics.Column;
import org.plasticitylab.sim.Result;
import org.plasticitylab.viz.TestRuns;
import org.plasticitylab.viz.data.SweepCell;
import org.plasticitylab.viz.data.SweepCurve;
import org.plasticitylab.viz.data.SweepPoint;
import org.plasticitylab.viz.export.ChartExport;
import org.plasticitylab.viz.run.CapturedRun;

class ChartRenderTest {
    private final CapturedRun run = TestRuns.shortRun();
    private final Result result = run.result();

    static boolean hasFootnote(JFreeChart chart) {
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof TextTitle t
                    && SlideTheme.DISCLAIMER.equals(t.getText())) {
                return true;
            }
        }
        return false;
    }

    /** Renders at slide size and checks the image is not blank. */
    static void rendersAtSlideSize(JFreeChart chart) {
        BufferedImage img = ChartExport.image(chart, 1600, 900);
        assertThat(img.getWidth()).isEqualTo(1600);
        assertThat(img.getHeight()).isEqualTo(900);
        assertThat(img.getRGB(800, 450)).isNotNull();
        assertThat(hasFootnote(chart)).as("disclaimer footnote").isTrue();
    }

    private static List<XYPlot> panels(JFreeChart chart) {
        return ((CombinedDomainXYPlot) chart.getPlot()).getSubplots();
    }

    @Test
    void storyChartStacksEventsDrugPlasticityDensityAndRecall() {
        JFreeChart chart = StoryChart.create(result);
        rendersAtSlideSize(chart);
        assertThat(chart.getTitle().getText()).isEqualTo("short-test");
        List<XYPlot> panels = panels(chart);
        assertThat(panels).hasSize(5);
        assertThat(panels.get(0).getDataset().getSeriesKey(1)).isEqualTo(StoryChart.DOSE_KEY);
        assertThat(panels.get(3).getDataset().getSeriesCount()).isEqualTo(5);
        assertThat(panels.get(4).getDataset(1).getSeriesKey(0).toString())
                .startsWith("mood index");
    }

    @Test
    void storyChartMarksTheDoseStressAndTheWindowOfOpportunity() {
        XYPlot plasticity = panels(StoryChart.create(result)).get(2);
        var markers = plasticity.getDomainMarkers(Layer.BACKGROUND);
        assertThat(markers).anyMatch(m -> m instanceof ValueMarker v && v.getValue() == 1.0);
        assertThat(markers).anyMatch(m -> StoryChart.WINDOW_LABEL.equals(((Marker) m).getLabel()));
        assertThat(plasticity.getRangeMarkers(Layer.BACKGROUND)).hasSize(1);
    }

    @Test
    void zoomChartShowsSeventyTwoHoursAfterTheDose() {
        JFreeChart chart = ZoomChart.create(result, 1);
        rendersAtSlideSize(chart);
        assertThat(chart.getXYPlot().getDomainAxis().getUpperBound()).isEqualTo(ZoomChart.HOURS);
        assertThat(panels(chart)).hasSize(3);
        assertThat(panels(chart).get(0).getDataset().getSeriesKey(0)).isEqualTo("NMDA occupancy");
    }

    @Test
    void comparisonOverlayNamesEveryRun() {
        JFreeChart chart = ComparisonChart.overlay(List.of(result, result), Column.MOOD_INDEX);
        rendersAtSlideSize(chart);
        assertThat(chart.getXYPlot().getDataset().getSeriesCount()).isEqualTo(2);
        assertThat(chart.getLegend()).isNotNull();
    }

    @Test
    void smallMultiplesHaveOnePanelPerKeyMetric() {
        ChartGrid grid = ComparisonChart.smallMultiples(List.of(result, result));
        assertThat(grid.panels()).hasSize(ComparisonChart.KEY_METRICS.size());
        assertThat(ChartExport.image(grid, 1600, 900).getWidth()).isEqualTo(1600);
    }

    @Test
    void sweepChartDrawsTheMeanWithItsBand() {
        JFreeChart chart = SweepChart.create("t", "dose (mg/kg)", "recall (0..1)", List.of(
                new SweepCurve("recall", List.of(SweepPoint.ofSamples(0.25, 0.1, 0.2, 0.3),
                        SweepPoint.ofSamples(0.5, 0.4, 0.5, 0.7)))));
        rendersAtSlideSize(chart);
        assertThat(chart.getXYPlot().getDataset().getItemCount(0)).isEqualTo(2);
        assertThat(chart.getXYPlot().getRangeAxis().getLabel()).isEqualTo("recall (0..1)");
    }

    @Test
    void heatMapHasAColourBar() {
        JFreeChart chart = SweepHeatMap.create("t", "dose (mg/kg)", "doses", "recall (0..1)",
                List.of(new SweepCell(0.5, 1, 0.2), new SweepCell(1, 1, 0.4),
                        new SweepCell(0.5, 2, 0.6), new SweepCell(1, 2, 0.8)));
        rendersAtSlideSize(chart);
        assertThat(chart.getSubtitles())
                .anyMatch(t -> t instanceof org.jfree.chart.title.PaintScaleLegend);
    }

    @Test
    void networkChartsShowBeforeAndAfterSideBySide() {
        JFreeChart weights = NetworkChart.weights(run.before().orElseThrow(),
                run.after().orElseThrow());
        rendersAtSlideSize(weights);
        var pair = (org.jfree.chart.plot.CombinedRangeXYPlot) weights.getPlot();
        assertThat(pair.getSubplots()).hasSize(2);
        assertThat(((XYPlot) pair.getSubplots().get(0)).getAnnotations()).isNotEmpty();
        rendersAtSlideSize(NetworkChart.connectivity(run.before().orElseThrow(),
                run.after().orElseThrow()));
    }
}
