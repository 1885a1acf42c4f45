package org.plasticitylab.viz.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SweepDataTest {
    @Test
    void pointOfSamplesHasTheMeanAndAStudentTInterval() {
        SweepPoint p = SweepPoint.ofSamples(0.5, 1, 2, 3, 4, 5);
        assertThat(p.mean()).isEqualTo(3);
        double half = 2.7764451051977987 * Math.sqrt(2.5) / Math.sqrt(5);
        assertThat(p.low()).isCloseTo(3 - half, within(1e-8));
        assertThat(p.high()).isCloseTo(3 + half, within(1e-8));
    }

    @Test
    void oneSampleGivesABandOfZeroWidth() {
        assertThat(SweepPoint.ofSamples(1, 7)).isEqualTo(new SweepPoint(1, 7, 7, 7));
    }

    @Test
    void pointRejectsABandThatDoesNotHoldTheMean() {
        assertThatThrownBy(() -> new SweepPoint(0, 1, 2, 3))
                .hasMessageContaining("low <= mean <= high");
    }

    @Test
    void bandsHoldOneSeriesPerCurveWithItsInterval() {
        var c = SweepData.bands(List.of(new SweepCurve("recall",
                List.of(new SweepPoint(1, 0.5, 0.4, 0.6), new SweepPoint(2, 0.7, 0.6, 0.8)))));
        assertThat(c.getSeriesCount()).isEqualTo(1);
        assertThat(c.getSeriesKey(0)).isEqualTo("recall");
        assertThat(c.getStartYValue(0, 1)).isEqualTo(0.6);
        assertThat(c.getEndYValue(0, 1)).isEqualTo(0.8);
    }

    @Test
    void gridPlacesCellsAtTheIndexOfTheirValues() {
        List<SweepCell> cells = List.of(new SweepCell(0.1, 6, 1), new SweepCell(0.4, 3, 2),
                new SweepCell(0.1, 3, 3), new SweepCell(0.4, 6, 4));
        var grid = SweepData.grid(cells, "v");
        assertThat(SweepData.distinctX(cells)).containsExactly(0.1, 0.4);
        assertThat(SweepData.distinctY(cells)).containsExactly(3, 6);
        assertThat(grid.getXValue(0, 1)).isEqualTo(1);
        assertThat(grid.getYValue(0, 1)).isZero();
        assertThat(grid.getZValue(0, 1)).isEqualTo(2);
    }

    @Test
    void aGridWithCellsLeftOutKeepsEverySweptRowAndColumn() {
        List<SweepCell> cells = List.of(new SweepCell(0.4, 6, 2));
        var grid = SweepData.grid(cells, "v", new double[] {0.1, 0.4}, new double[] {3, 6});
        assertThat(grid.getItemCount(0)).isEqualTo(1);
        assertThat(grid.getXValue(0, 0)).isEqualTo(1);
        assertThat(grid.getYValue(0, 0)).isEqualTo(1);
        assertThatThrownBy(() -> SweepData.grid(cells, "v", new double[] {0.1},
                new double[] {3, 6})).hasMessageContaining("not at a swept value");
    }
}
