package org.plasticitylab.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.plasticitylab.internal.NetworkAccess;
import org.plasticitylab.internal.SynapseStore;
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
                assertThat(net.pre(s)).isNotEqualTo(post);
                assertThat(seen.add(net.pre(s))).isTrue();
            }
        }
    }

    @Test
    void sixtyPercentOfSlotsComeFromTheUnitsOwnRegion() {
        int k = net.slotsPerNeuron();
        for (int post = 0; post < net.neurons(); post++) {
            int own = 0;
            for (int s = post * k; s < (post + 1) * k; s++) {
                own += net.regionOf(net.pre(s)) == net.regionOf(post) ? 1 : 0;
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
                        && net.negative().contains(net.pre(s)))
                        || (net.positive().contains(post) && net.positive().contains(net.pre(s)));
                if (!net.present(s)) {
                    assertThat(net.weight(s)).isZero();
                } else {
                    assertThat(net.weight(s)).isEqualTo(inPattern ? 0.3f : 0.05f);
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
        for (int s = 0; s < net.slots(); s++) {
            assertThat(again.pre(s)).isEqualTo(net.pre(s));
            assertThat(again.weight(s)).isEqualTo(net.weight(s));
            assertThat(again.present(s)).isEqualTo(net.present(s));
        }
    }

    @Test
    void setWeightChangesAPresentSynapseWithinItsBounds() {
        int taken = firstSlot(true);
        net.setWeight(taken, 0.2f);
        assertThat(net.weight(taken)).isEqualTo(0.2f);
        net.setWeight(taken, net.maxWeight());
        assertThat(net.weight(taken)).isEqualTo(net.maxWeight());
    }

    @Test
    void setWeightRefusesAnEmptySlotAndAWeightOutOfBounds() {
        int taken = firstSlot(true);
        int empty = firstSlot(false);
        assertThatThrownBy(() -> net.setWeight(empty, 0.1f))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("slot " + empty + " holds no synapse");
        for (float bad : new float[] {-0.01f, net.maxWeight() + 0.01f, Float.NaN}) {
            assertThatThrownBy(() -> net.setWeight(taken, bad))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("weight of slot " + taken + " must be in [0, "
                            + net.maxWeight() + "]");
        }
        assertThat(net.weight(empty)).isZero();
    }

    @Test
    void copySynapsesReadsTheSampledSlotsAndFollowsAPruneAndAForm() {
        int taken = firstSlot(true);
        int empty = firstSlot(false);
        int[] slots = {taken, empty};
        boolean[] present = new boolean[2];
        float[] weights = new float[2];
        net.copySynapses(slots, present, weights);
        assertThat(present).containsExactly(true, false);
        assertThat(weights).containsExactly(net.weight(taken), 0f);
        SynapseStore store = NetworkAccess.synapses(net);
        store.prune(taken);
        store.form(empty, 0.07f);
        net.copySynapses(slots, present, weights);
        assertThat(present).containsExactly(false, true);
        assertThat(weights).containsExactly(0f, 0.07f);
        assertThatThrownBy(() -> net.copySynapses(slots, new boolean[1], weights))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must hold 2 values");
    }

    private int firstSlot(boolean holdsSynapse) {
        return IntStream.range(0, net.slots()).filter(s -> net.present(s) == holdsSynapse)
                .findFirst().orElseThrow();
    }
}
