package org.plasticitylab.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.plasticitylab.network.Network;
import org.plasticitylab.network.NetworkSpec;
import org.plasticitylab.network.SynapseParameters;
import org.plasticitylab.random.RandomStream;

class SynapseStoreTest {
    private final Network net = Network.build(NetworkSpec.defaults(), SynapseParameters.defaults(),
            new RandomStream(5, 1));
    private final SynapseStore store = NetworkAccess.synapses(net);

    @Test
    void theStoreIsTheNetworksOwnLiveArrays() {
        int taken = IntStream.range(0, net.slots()).filter(net::present).findFirst()
                .orElseThrow();
        net.setWeight(taken, 0.25f);
        assertThat(store.weight[taken]).isEqualTo(0.25f);
        assertThat(NetworkAccess.synapses(net)).isSameAs(store);
    }

    @Test
    void formAndPruneKeepTheIndexOfPresentSlotsSortedAndComplete() {
        int k = store.slotsPerUnit;
        RandomStream rng = new RandomStream(11, 0);
        for (int event = 0; event < 5000; event++) {
            int slot = (int) (rng.nextDouble() * net.slots());
            if (store.present[slot] == 0) {
                store.form(slot, 0.07f);
                assertThat(store.weight[slot]).isEqualTo(0.07f);
            } else {
                store.prune(slot);
                assertThat(store.weight[slot]).isZero();
            }
        }
        for (int unit = 0; unit < net.neurons(); unit++) {
            int[] expected = IntStream.range(unit * k, (unit + 1) * k)
                    .filter(s -> store.present[s] == 1).toArray();
            assertThat(store.presentCount(unit)).isEqualTo(net.presentCount(unit));
            assertThat(Arrays.copyOfRange(store.presentSlots, unit * k,
                    unit * k + store.presentCount(unit))).containsExactly(expected);
            assertThat(Arrays.copyOfRange(store.presentPre, unit * k,
                    unit * k + store.presentCount(unit)))
                    .containsExactly(Arrays.stream(expected).map(s -> store.pre[s]).toArray());
        }
    }

    @Test
    void reindexRebuildsTheIndexFromOverwrittenFlags() {
        int k = store.slotsPerUnit;
        Arrays.fill(store.present, 0, k, (byte) 0);
        store.present[3] = 1;
        store.present[k - 1] = 1;
        store.reindex();
        assertThat(store.presentCount(0)).isEqualTo(2);
        assertThat(Arrays.copyOfRange(store.presentSlots, 0, 2)).containsExactly(3, k - 1);
    }

    @Test
    void formingATakenSlotOrPruningAnEmptyOneIsRefused() {
        int taken = IntStream.range(0, net.slots()).filter(s -> store.present[s] == 1)
                .findFirst().orElseThrow();
        int empty = IntStream.range(0, net.slots()).filter(s -> store.present[s] == 0)
                .findFirst().orElseThrow();
        assertThatThrownBy(() -> store.form(taken, 0.1f))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("slot " + taken + " already holds a synapse");
        assertThatThrownBy(() -> store.prune(empty)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("slot " + empty + " holds no synapse");
    }

    @Test
    void theAccessIsGrantedOnlyOnce() {
        assertThatThrownBy(() -> NetworkAccess.grant(n -> store))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("granted already");
    }
}
