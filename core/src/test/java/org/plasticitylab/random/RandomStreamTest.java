package org.plasticitylab.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RandomStreamTest {
    @Test
    void reseedingRepeatsTheStream() {
        RandomStream a = new RandomStream(42, 3);
        long first = a.nextLong();
        a.nextGaussian();
        a.reseed(42, 3);
        assertThat(a.nextLong()).isEqualTo(first);
    }

    @Test
    void aCounterBasedDrawIsTheStreamsDrawAtThatIndex() {
        long start = RandomStream.substream(RandomStream.start(42, 3), 7);
        RandomStream atStart = new RandomStream(0, 0);
        atStart.restoreState(new long[] {start, 0, 0});
        for (int index = 0; index < 5; index++) {
            assertThat(RandomStream.uniformAt(start, index)).isEqualTo(atStart.nextDouble());
        }
    }

    @Test
    void neighbouringSubstreamsAreUncorrelated() {
        long start = RandomStream.start(42, 3);
        int n = 100_000;
        double sum = 0;
        for (int unit = 0; unit < n; unit++) {
            double a = RandomStream.uniformAt(RandomStream.substream(start, unit), 0) - 0.5;
            double b = RandomStream.uniformAt(RandomStream.substream(start, unit + 1), 0) - 0.5;
            sum += a * b;
        }
        assertThat(sum / n / (1.0 / 12)).as("correlation").isCloseTo(0, within(0.02));
    }

    @Test
    void differentStreamsDiffer() {
        assertThat(new RandomStream(42, 1).nextLong())
                .isNotEqualTo(new RandomStream(42, 2).nextLong());
    }

    @Test
    void nextIntStaysInRangeAndIsRoughlyUniform() {
        RandomStream r = new RandomStream(1, 0);
        int[] counts = new int[7];
        for (int i = 0; i < 70_000; i++) {
            counts[r.nextInt(7)]++;
        }
        for (int c : counts) {
            assertThat(c).isBetween(9_500, 10_500);
        }
    }

    @Test
    void gaussianHasUnitVariance() {
        RandomStream r = new RandomStream(9, 0);
        double sum = 0;
        double sq = 0;
        int n = 100_000;
        for (int i = 0; i < n; i++) {
            double g = r.nextGaussian();
            sum += g;
            sq += g * g;
        }
        assertThat(sum / n).isCloseTo(0, within(0.02));
        assertThat(sq / n).isCloseTo(1, within(0.02));
    }

    @Test
    void partialShuffleKeepsAPermutation() {
        int[] v = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        new RandomStream(3, 0).partialShuffle(v, 4);
        new RandomStream(4, 0).partialShuffle(v, 6, 6);
        assertThat(v).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    }
}
