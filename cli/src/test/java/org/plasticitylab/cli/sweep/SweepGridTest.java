package org.plasticitylab.cli.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SweepGridTest {
    @Test
    void variationsSpanFromToInSteps() {
        assertThat(Variation.parse("stress[0].level=0.2:0.8:4").values())
                .containsExactly(0.2, 0.4, 0.6, 0.8);
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
