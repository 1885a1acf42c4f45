package org.plasticitylab.metrics;

/** The time-series columns, in file order, with their exact names. */
public enum Column {
    TIME_H("time_h", "h"),
    DAY("day", "day"),
    STRESS("stress", "0..1"),
    THERAPY("therapy", "0..1"),
    DRUG_MG_PER_L("drug_mg_per_l", "mg/L"),
    NMDA_OCCUPANCY("nmda_occupancy", "0..1"),
    PLASTICITY("plasticity", "x baseline"),
    SYNAPSE_COUNT("synapse_count", "synapses"),
    SYNAPSE_DENSITY("synapse_density", "present/slots"),
    DENSITY_EXECUTIVE("density_executive", "present/slots"),
    DENSITY_MOOD("density_mood", "present/slots"),
    DENSITY_REWARD("density_reward", "present/slots"),
    DENSITY_MEMORY("density_memory", "present/slots"),
    MEAN_WEIGHT("mean_weight", "weight"),
    ACTIVITY("activity", "mean rate"),
    POSITIVE_RECALL("positive_recall", "0..1"),
    NEGATIVE_RECALL("negative_recall", "0..1"),
    MOOD_INDEX("mood_index", "0..100");

    private final String label;
    private final String unit;

    Column(String label, String unit) {
        this.label = label;
        this.unit = unit;
    }

    /** The column name used in CSV and JSON files. */
    public String label() {
        return label;
    }

    /** Unit or range of the values, for axis labels. */
    public String unit() {
        return unit;
    }

    /** The column with this file name. */
    public static Column byLabel(String label) {
        for (Column c : values()) {
            if (c.label.equals(label)) {
                return c;
            }
        }
        throw new IllegalArgumentException("no column named \"" + label + "\"");
    }
}
