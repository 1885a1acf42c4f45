package org.plasticitylab.viz.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.plasticitylab.cohort.Cohort;
import org.plasticitylab.cohort.CohortResult;
import org.plasticitylab.viz.TestRuns;

class CohortChartTest {
    private static final CohortResult COHORT = Cohort.builder(TestRuns.shortScenario(), 3)
            .threads(2).build().run();

    @Test
    void theKaplanMeierChartHasOneCurveAndItsCensorTicks() {
        JFreeChart chart = CohortChart.stillWell(List.of(COHORT));
        ChartRenderTest.rendersAtSlideSize(chart);
        assertThat(chart.getXYPlot().getDataset(0).getSeriesCount()).isEqualTo(1);
        assertThat(chart.getXYPlot().getDataset(1).getSeriesCount()).isEqualTo(1);
        assertThat(chart.getLegend()).isNull();
    }

    @Test
    void severalCohortsAreOverlaidWithALegend() {
        CohortResult other = Cohort.builder(TestRuns.shortScenario(), 2).baseSeed(5).build()
                .run();
        JFreeChart chart = CohortChart.stillWell(List.of(COHORT, other));
        ChartRenderTest.rendersAtSlideSize(chart);
        assertThat(chart.getXYPlot().getDataset(0).getSeriesCount()).isEqualTo(2);
        assertThat(chart.getLegend()).isNotNull();
    }

    @Test
    void theOutcomesChartRenders() {
        ChartRenderTest.rendersAtSlideSize(CohortChart.outcomes(COHORT));
    }
}
