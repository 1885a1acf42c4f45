package org.plasticitylab.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.plasticitylab.random.RandomStream;

class NetworkTest {
    private final Network net = Network.build(NetworkSpec.defaults(), SynapseParameters.defaults(),
            new RandomStream(5, 1));

    @Test
    void everyUnitHasDistinctPresynapticUnitsAndNoSelfConnection() {
        int k = net.slotsPerNeuron();
        for (int post = 0; post < net.neurons(); post++) {
            Set<Integer> seen = new HashSet<>();
            for (int s = post * k; s < (post + 1) * k; s++) {
                assertThat(net.pre()[s]).isNotEqualTo(post);
                assertThat(seen.add(net.pre()[s])).isTrue();
            }
        }
    }

    @Test
    void sixtyPercentOfSlotsComeFromTheUnitsOwnRegion() {
        int k = net.slotsPerNeuron();
        for (int post = 0; post < net.neurons(); post++) {
            int own = 0;
            for (int s = post * k; s < (post + 1) * k; s++) {
                own += net.regionOf(net.pre()[s]) == net.regionOf(post) ? 1 : 0;
            }
            assertThat(own).isEqualTo(48);
        }
    }

    @Test
    void patternsAreDisjointTwentyPercentOfTheirRegions() {
        Pattern neg = net.negative();
        Pattern pos = net.positive();
        assertThat(neg.size()).isEqualTo(60);
        assertThat(pos.size()).isEqualTo(60);
        for (int u : neg.members()) {
            assertThat(pos.contains(u)).isFalse();
            assertThat(neg.regions()).contains(net.regionOf(u));
        }
        assertThat(neg.regions()).doesNotContain(Region.REWARD);
        assertThat(pos.regions()).doesNotContain(Region.MOOD);
    }

    @Test
    void emptySlotsHoldZeroWeightAndPatternSynapsesStartStrong() {
        int k = net.slotsPerNeuron();
        for (int post = 0; post < net.neurons(); post++) {
            for (int s = post * k; s < (post + 1) * k; s++) {
                boolean inPattern = (net.negative().contains(post)
                        && net.negative().contains(net.pre()[s]))
                        || (net.positive().contains(post) && net.positive().contains(net.pre()[s]));
                if (net.present()[s] == 0) {
                    assertThat(net.weight()[s]).isZero();
                } else {
                    assertThat(net.weight()[s]).isEqualTo(inPattern ? 0.3f : 0.05f);
                }
            }
        }
    }

    @Test
    void aboutHalfTheBackgroundSlotsArePresent() {
        double density = (double) net.presentCount(0, net.neurons()) / net.slots();
        assertThat(density).isBetween(0.5, 0.56);
    }

    @Test
    void sameSeedBuildsTheSameNetwork() {
        Network again = Network.build(NetworkSpec.defaults(), SynapseParameters.defaults(),
                new RandomStream(5, 1));
        assertThat(again.pre()).containsExactly(net.pre());
        assertThat(again.weight()).containsExactly(net.weight());
    }

    @Test
    void formAndPruneKeepTheIndexOfPresentSlotsSortedAndComplete() {
        int k = net.slotsPerNeuron();
        RandomStream rng = new RandomStream(11, 0);
        for (int event = 0; event < 5000; event++) {
            int slot = (int) (rng.nextDouble() * net.slots());
            if (net.present()[slot] == 0) {
                net.form(slot, 0.07f);
                assertThat(net.weight()[slot]).isEqualTo(0.07f);
            } else {
                net.prune(slot);
                assertThat(net.weight()[slot]).isZero();
            }
        }
        for (int unit = 0; unit < net.neurons(); unit++) {
            int[] expected = IntStream.range(unit * k, (unit + 1) * k)
                    .filter(s -> net.present()[s] == 1).toArray();
            assertThat(Arrays.copyOfRange(net.presentSlots(), unit * k,
                    unit * k + net.presentCount(unit))).containsExactly(expected);
            assertThat(Arrays.copyOfRange(net.presentPre(), unit * k,
                    unit * k + net.presentCount(unit)))
                    .containsExactly(Arrays.stream(expected).map(s -> net.pre()[s]).toArray());
        }
    }

    @Test
    void reindexRebuildsTheIndexFromOverwrittenFlags() {
        int k = net.slotsPerNeuron();
        Arrays.fill(net.present(), 0, k, (byte) 0);
        net.present()[3] = 1;
        net.present()[k - 1] = 1;
        net.reindex();
        assertThat(net.presentCount(0)).isEqualTo(2);
        assertThat(Arrays.copyOfRange(net.presentSlots(), 0, 2)).containsExactly(3, k - 1);
    }

    @Test
    void formingATakenSlotOrPruningAnEmptyOneIsRefused() {
        int taken = IntStream.range(0, net.slots()).filter(s -> net.present()[s] == 1)
                .findFirst().orElseThrow();
        int empty = IntStream.range(0, net.slots()).filter(s -> net.present()[s] == 0)
                .findFirst().orElseThrow();
        assertThatThrownBy(() -> net.form(taken, 0.1f)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("slot " + taken + " already holds a synapse");
        assertThatThrownBy(() -> net.prune(empty)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("slot " + empty + " holds no synapse");
    }

    @Test
    void copySynapsesReadsTheSampledSlotsAndFollowsAPruneAndAForm() {
        int taken = IntStream.range(0, net.slots()).filter(s -> net.present()[s] == 1)
                .findFirst().orElseThrow();
        int empty = IntStream.range(0, net.slots()).filter(s -> net.present()[s] == 0)
                .findFirst().orElseThrow();
        int[] slots = {taken, empty};
        boolean[] present = new boolean[2];
        float[] weights = new float[2];
        net.copySynapses(slots, present, weights);
        assertThat(present).containsExactly(true, false);
        assertThat(weights).containsExactly(net.weight()[taken], 0f);
        net.prune(taken);
        net.form(empty, 0.07f);
        net.copySynapses(slots, present, weights);
        assertThat(present).containsExactly(false, true);
        assertThat(weights).containsExactly(0f, 0.07f);
        assertThatThrownBy(() -> net.copySynapses(slots, new boolean[1], weights))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must hold 2 values");
    }
}
