package org.plasticitylab.files;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 13, item 12: the numbers the issue found, through the one formatter. */
class DecimalsTest {
    @Test
    void filesGetTwelveDigitsInPlainNotation() {
        assertThat(Decimals.file(57.083333333333336)).isEqualTo("57.0833333333");
        assertThat(Decimals.file(0.1 + 0.2)).isEqualTo("0.3");
        assertThat(Decimals.file(2.39e-13)).isEqualTo("0.000000000000239");
        assertThat(Decimals.file(1e-300)).isEqualTo("0");
        assertThat(Decimals.file(-0.0)).isEqualTo("0");
        assertThat(Decimals.file(42)).isEqualTo("42");
        assertThat(Decimals.file(1e7)).isEqualTo("10000000");
        assertThat(Decimals.file(Double.NaN)).isEqualTo("NaN");
        assertThat(Decimals.file(Double.NEGATIVE_INFINITY)).isEqualTo("-Infinity");
    }

    @Test
    void labelsAndDaysAreShort() {
        assertThat(Decimals.day(57.083333333333336)).isEqualTo("57.08");
        assertThat(Decimals.day(42.25)).isEqualTo("42.25");
        assertThat(Decimals.label(75.344)).isEqualTo("75.344");
        assertThat(Decimals.label(0.30000000000000004)).isEqualTo("0.3");
        assertThat(Decimals.label(5e-9)).isEqualTo("0");
        assertThat(Decimals.label(-0.0001)).isEqualTo("0");
        assertThat(Decimals.label(2.5, 0)).isEqualTo("3");
    }
}
