package org.plasticitylab.network;

/** The four named regions, each a quarter of the units, in unit-index order. */
public enum Region {
    /** Prefrontal, executive control. */
    EXECUTIVE("executive"),
    /** Limbic, mood. */
    MOOD("mood"),
    /** Motivation and reward. */
    REWARD("reward"),
    /** Hippocampal, memory. */
    MEMORY("memory");

    private final String label;

    Region(String label) {
        this.label = label;
    }

    /**
     * Lower-case name used in column names and files.
     *
     * @return the label, e.g. {@code mood}
     */
    public String label() {
        return label;
    }

    /**
     * Region of unit {@code unit} in a network of {@code regionSize} units per region.
     *
     * @param unit unit index
     * @param regionSize units per region
     * @return the region holding the unit
     */
    public static Region of(int unit, int regionSize) {
        return values()[unit / regionSize];
    }
}
