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

    /**
     * The pattern's name.
     *
     * @return {@code negative} or {@code positive}
     */
    public String name() {
        return name;
    }

    /**
     * Regions the pattern spans.
     *
     * @return an unmodifiable list of regions
     */
    public List<Region> regions() {
        return regions;
    }

    /**
     * Number of member units.
     *
     * @return the pattern size
     */
    public int size() {
        return members.length;
    }

    /**
     * The i-th member unit, in increasing order.
     *
     * @param i index, 0 to {@code size() - 1}
     * @return the unit index
     */
    public int member(int i) {
        return members[i];
    }

    /**
     * A copy of the member units, in increasing order.
     *
     * @return a new array of unit indices
     */
    public int[] members() {
        return members.clone();
    }

    /**
     * Whether unit {@code unit} belongs to the pattern.
     *
     * @param unit unit index
     * @return true for a member
     */
    public boolean contains(int unit) {
        return isMember[unit];
    }
}
