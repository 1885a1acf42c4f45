package org.plasticitylab.viz.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.plasticitylab.network.NetworkSnapshot;
import org.plasticitylab.network.Region;
import org.plasticitylab.viz.TestRuns;

class NetworkDataTest {
    private final NetworkSnapshot snapshot = TestRuns.shortRun().after().orElseThrow().snapshot();

    @Test
    void runsMergeConsecutiveMembers() {
        assertThat(NetworkData.runs(new int[] {1, 2, 3, 7, 9, 10}))
                .containsExactly(new int[] {1, 3}, new int[] {7, 7}, new int[] {9, 10});
    }

    @Test
    void regionPositionCentresEachRegionOnItsIndex() {
        assertThat(NetworkData.regionPosition(0, 20)).isEqualTo(-0.5);
        assertThat(NetworkData.regionPosition(30, 20)).isEqualTo(1.0);
    }

    @Test
    void weightsHoldOneItemPerPresentSynapse() {
        int present = 0;
        for (int s = 0; s < snapshot.neurons() * snapshot.slotsPerNeuron(); s++) {
            present += snapshot.present(s) ? 1 : 0;
        }
        assertThat(NetworkData.weights(snapshot, "w").getItemCount(0)).isEqualTo(present);
    }

    @Test
    void connectivityIsTheSnapshotsRegionToRegionStrength() {
        double[][] m = NetworkData.connectivity(snapshot);
        assertThat(m[Region.MOOD.ordinal()][Region.MEMORY.ordinal()])
                .isEqualTo(snapshot.connectivity(Region.MOOD, Region.MEMORY));
        var grid = NetworkData.connectivityGrid(m, "c");
        assertThat(grid.getItemCount(0)).isEqualTo(16);
    }
}
