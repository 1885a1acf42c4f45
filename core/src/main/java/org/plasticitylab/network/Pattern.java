package org.plasticitylab.network;

import java.util.Arrays;
import java.util.List;

/**
 * A stored activity pattern: a fixed set of units spread over some regions.
 */
public final class Pattern {
    private final String name;
    private final List<Region> regions;
    private final int[] members;
    private final boolean[] isMember;

    Pattern(String name, List<Region> regions, int[] members, int neurons) {
        this.name = name;
        this.regions = List.copyOf(regions);
        this.members = members.clone();
        Arrays.sort(this.members);
        this.isMember = new boolean[neurons];
        for (int u : members) {
            isMember[u] = true;
        }
    }

    /** {@code negative} or {@code positive}. */
    public String name() {
        return name;
    }

    /** Regions the pattern spans. */
    public List<Region> regions() {
        return regions;
    }

    /** Number of member units. */
    public int size() {
        return members.length;
    }

    /** The i-th member unit, in increasing order. */
    public int member(int i) {
        return members[i];
    }

    /** A copy of the member units, in increasing order. */
    public int[] members() {
        return members.clone();
    }

    /** Whether unit {@code unit} belongs to the pattern. */
    public boolean contains(int unit) {
        return isMember[unit];
    }
}
