package org.plasticitylab.cli.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Issue 13, item 14: lesson 4's chart shows the delay, increasing, not the dose day. */
class SweepAxisTest {
    @Test
    void theDelayIsTheDoseDayTurnedRound() {
        SweepAxis delay = SweepAxis.parse("delay (days)=56-x");
        assertThat(delay.label()).isEqualTo("delay (days)");
        assertThat(delay.apply(42)).isEqualTo(14.0);
        assertThat(delay.apply(56)).isEqualTo(0.0);
    }

    @Test
    void theOtherFormsMoveTheValue() {
        assertThat(SweepAxis.parse("days after 42=x-42").apply(50)).isEqualTo(8.0);
        assertThat(SweepAxis.parse("a=2.5+x").apply(1)).isEqualTo(3.5);
        assertThat(SweepAxis.parse("dose=x").apply(0.5)).isEqualTo(0.5);
        assertThat(SweepAxis.of("treatments[0].days[0]").label())
                .isEqualTo("treatments[0].days[0]");
    }

    @Test
    void anythingElseIsRefusedNamingTheForms() {
        assertThatThrownBy(() -> SweepAxis.parse("delay=2*x"))
                .hasMessageStartingWith("--axis must look like LABEL=x, LABEL=x-A or LABEL=A-x");
        assertThatThrownBy(() -> SweepAxis.parse("=56-x")).hasMessageContaining("--axis");
    }
}
