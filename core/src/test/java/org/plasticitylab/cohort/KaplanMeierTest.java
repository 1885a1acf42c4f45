package org.plasticitylab.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The Kaplan-Meier estimate against examples worked by hand. */
class KaplanMeierTest {
    /**
     * Seven subjects: events at 2, 4, 4 and 7, censored at 3, 5 and 8. By hand: at 2, 1 of 7 at
     * risk, S = 6/7; at 4, 2 of 5, S = 6/7 x 3/5 = 18/35; at 7, 1 of 2, S = 9/35.
     */
    @Test
    void aWorkedExample() {
        KaplanMeier km = KaplanMeier.of(new double[] {7, 3, 4, 2, 8, 4, 5},
                new boolean[] {true, false, true, true, false, true, false});
        assertThat(km.subjects()).isEqualTo(7);
        assertThat(km.steps()).extracting(KaplanMeier.Step::time).containsExactly(2.0, 4.0, 7.0);
        assertThat(km.steps()).extracting(KaplanMeier.Step::atRisk).containsExactly(7, 5, 2);
        assertThat(km.steps()).extracting(KaplanMeier.Step::events).containsExactly(1, 2, 1);
        assertThat(km.steps().get(0).survival()).isCloseTo(6.0 / 7, within(1e-12));
        assertThat(km.steps().get(1).survival()).isCloseTo(18.0 / 35, within(1e-12));
        assertThat(km.steps().get(2).survival()).isCloseTo(9.0 / 35, within(1e-12));
        assertThat(km.censoredTimes()).containsExactly(3, 5, 8);
        assertThat(km.survivalAt(1.9)).isEqualTo(1);
        assertThat(km.survivalAt(4)).isCloseTo(18.0 / 35, within(1e-12));
        assertThat(km.survivalAt(6.5)).isCloseTo(18.0 / 35, within(1e-12));
        assertThat(km.median()).hasValue(7);
    }

    @Test
    void subjectsCensoredAtAnEventTimeAreStillAtRiskThen() {
        KaplanMeier km = KaplanMeier.of(new double[] {1, 1, 2},
                new boolean[] {false, true, true});
        assertThat(km.steps()).extracting(KaplanMeier.Step::atRisk).containsExactly(3, 1);
        assertThat(km.steps().get(0).survival()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(km.steps().get(1).survival()).isZero();
        assertThat(km.median()).hasValue(2);
    }

    @Test
    void theMedianIsTheFirstTimeTheCurveReachesOneHalf() {
        assertThat(KaplanMeier.of(new double[] {1, 2}, new boolean[] {true, false}).median())
                .hasValue(1);
    }

    @Test
    void theMedianIsNotReachedWhenFewerThanHalfHaveTheEvent() {
        KaplanMeier km = KaplanMeier.of(new double[] {3, 10, 10, 10},
                new boolean[] {true, false, false, false});
        assertThat(km.median()).isEmpty();
        assertThat(km.survivalAt(100)).isCloseTo(0.75, within(1e-12));
        assertThat(KaplanMeier.of(new double[0], new boolean[0]).median()).isEmpty();
    }

    @Test
    void badInputIsRefused() {
        assertThatThrownBy(() -> KaplanMeier.of(new double[] {1}, new boolean[0]))
                .hasMessageContaining("same length");
        assertThatThrownBy(() -> KaplanMeier.of(new double[] {Double.NaN}, new boolean[] {true}))
                .hasMessageContaining("times[0]");
    }
}
