package org.plasticitylab.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class IntervalTest {
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
}
