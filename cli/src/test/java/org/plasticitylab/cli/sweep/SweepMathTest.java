package org.plasticitylab.cli.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SweepMathTest {
    @Test
    void intervalIsMeanPlusMinusStudentT() {
        Interval i = Interval.of95(new double[] {1, 2, 3});
        assertThat(i.mean()).isEqualTo(2.0);
        double half = 4.302652729911275 / Math.sqrt(3);
        assertThat(i.low()).isCloseTo(2 - half, within(1e-9));
        assertThat(i.high()).isCloseTo(2 + half, within(1e-9));
    }

    @Test
    void oneValueHasNoInterval() {
        Interval i = Interval.of95(new double[] {5});
        assertThat(i.mean()).isEqualTo(5.0);
        assertThat(i.low()).isNaN();
    }

    @Test
    void variationsSpanFromToInSteps() {
        assertThat(Variation.parse("stress[0].level=0.2:0.8:4").values())
                .containsExactly(0.2, 0.4, 0.6000000000000001, 0.8);
        assertThat(Variation.parse("network.neurons=80:80:1").values()).containsExactly(80.0);
        assertThatThrownBy(() -> Variation.parse("x=0:1:1")).hasMessageContaining("STEPS");
    }

    @Test
    void gridVariesTheFirstKeySlowestAndSeedsFastest() {
        SweepGrid g = SweepGrid.of(List.of(Variation.parse("a=0:1:2"),
                Variation.parse("b=5:6:2")), 1, 3);
        assertThat(g.settings()).containsExactly(List.of(0.0, 5.0), List.of(0.0, 6.0),
                List.of(1.0, 5.0), List.of(1.0, 6.0));
        assertThat(g.seeds()).containsExactly(1L, 2L, 3L);
    }
}
