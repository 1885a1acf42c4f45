package org.plasticitylab.network;

import org.plasticitylab.internal.NetworkAccess;
import org.plasticitylab.internal.SynapseStore;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.plasticitylab.random.RandomStream;

/**
 * Draws a new network: each unit's candidate slots (most from its own region), the two stored
 * patterns, and which slots start as synapses with which weight.
 */
final class NetworkWiring {
    private NetworkWiring() {
    }

    static Network build(NetworkSpec spec, SynapseParameters p, RandomStream rng) {
        int n = spec.neurons();
        int k = spec.candidateSynapsesPerNeuron();
        int regionSize = spec.regionSize();
        int[] pre = new int[Math.toIntExact(spec.slots())];
        int own = NetworkSpec.ownRegionSlots(k);
        int[][] ownPools = new int[4][regionSize];
        int[][] otherPools = new int[4][n - regionSize];
        for (int r = 0; r < 4; r++) {
            int b = 0;
            for (int j = 0; j < n; j++) {
                if (j / regionSize == r) {
                    ownPools[r][j - r * regionSize] = j;
                } else {
                    otherPools[r][b++] = j;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            int region = i / regionSize;
            int base = i * k;
            drawDistinct(ownPools[region], i, own, pre, base, rng);
            drawDistinct(otherPools[region], -1, k - own, pre, base + own, rng);
            Arrays.sort(pre, base, base + k);
        }
        int perRegion = Math.max(1, (int) Math.round(p.patternFraction() * regionSize));
        List<Region> negRegions = List.of(Region.EXECUTIVE, Region.MOOD, Region.MEMORY);
        List<Region> posRegions = List.of(Region.EXECUTIVE, Region.REWARD, Region.MEMORY);
        int[][] picks = new int[Region.values().length][];
        for (Region r : Region.values()) {
            int[] units = new int[regionSize];
            for (int u = 0; u < regionSize; u++) {
                units[u] = r.ordinal() * regionSize + u;
            }
            rng.partialShuffle(units, regionSize, regionSize);
            picks[r.ordinal()] = units;
        }
        Pattern negative = pattern("negative", negRegions, picks, perRegion, 0, n);
        Pattern positive = pattern("positive", posRegions, picks, perRegion, perRegion, n);
        Network net = new Network(spec, p.maxWeight(), pre, negative, positive);
        initialiseSynapses(net, p, rng);
        return net;
    }

    /**
     * Writes {@code count} distinct units of {@code pool}, none equal to {@code exclude}, into
     * {@code out}: O(count), and the pool stays a permutation for the next draw.
     */
    private static void drawDistinct(int[] pool, int exclude, int count, int[] out, int at,
            RandomStream rng) {
        int drawn = Math.min(pool.length, count + 1);
        rng.partialShuffle(pool, drawn);
        int taken = 0;
        for (int t = 0; t < drawn && taken < count; t++) {
            if (pool[t] != exclude) {
                out[at + taken++] = pool[t];
            }
        }
    }

    /** Takes members from the shuffled region lists at an offset so the patterns are disjoint. */
    private static Pattern pattern(String name, List<Region> regions, int[][] picks, int perRegion,
            int offset, int n) {
        List<Integer> members = new ArrayList<>();
        for (Region r : regions) {
            for (int i = 0; i < perRegion; i++) {
                members.add(picks[r.ordinal()][offset + i]);
            }
        }
        return new Pattern(name, regions, members.stream().mapToInt(Integer::intValue).toArray(), n);
    }

    /** Makes a share of slots present: more inside a pattern, where they are also stronger. */
    private static void initialiseSynapses(Network net, SynapseParameters p, RandomStream rng) {
        float background = (float) p.newWeight();
        float inPattern = (float) Math.min(p.maxWeight(), p.newWeight() + p.patternExtraWeight());
        int k = net.slotsPerNeuron();
        SynapseStore store = NetworkAccess.synapses(net);
        int[] pre = store.pre;
        byte[] present = store.present;
        float[] weight = store.weight;
        for (int post = 0; post < net.neurons(); post++) {
            for (int s = post * k; s < (post + 1) * k; s++) {
                boolean stored = net.samePattern(pre[s], post);
                double share = stored ? p.patternPresentFraction() : p.initialPresentFraction();
                if (rng.nextDouble() < share) {
                    present[s] = 1;
                    weight[s] = stored ? inPattern : background;
                }
            }
        }
        store.reindex();
    }
}
