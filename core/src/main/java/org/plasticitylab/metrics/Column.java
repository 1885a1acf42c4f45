package org.plasticitylab.metrics;

/** The time-series columns, in file order, with their exact names. */
public enum Column {
    /** Time since day 0 in hours. */
    TIME_H("time_h", "h",
            "Time since day 0 in hours."),
    /** Time since day 0 in days. */
    DAY("day", "day",
            "Time since day 0 in days."),
    /** Stress level, 0..1. */
    STRESS("stress", "0..1",
            "Stress level, 0..1."),
    /** 1 while a therapy session runs, else 0. */
    THERAPY("therapy", "0..1",
            "1 while a therapy session runs, else 0."),
    /** Concentration of the NMDA blocker in the central compartment, in mg/L. */
    DRUG_MG_PER_L("drug_mg_per_l", "mg/L",
            "Concentration of the NMDA blocker in the central compartment, in mg/L."),
    /** Share of NMDA receptors blocked by the drug, 0..1. */
    NMDA_OCCUPANCY("nmda_occupancy", "0..1",
            "Share of NMDA receptors blocked by the drug, 0..1."),
    /** The plasticity level P, 1 in a healthy network. */
    PLASTICITY("plasticity", "x baseline",
            "The plasticity level P, 1 in a healthy network."),
    /** Number of present synapses. */
    SYNAPSE_COUNT("synapse_count", "synapses",
            "Number of present synapses."),
    /** Present synapses per candidate slot over the whole network, 0..1. */
    SYNAPSE_DENSITY("synapse_density", "present/slots",
            "Present synapses per candidate slot over the whole network, 0..1."),
    /** Synapse density of the executive region, 0..1. */
    DENSITY_EXECUTIVE("density_executive", "present/slots",
            "Synapse density of the executive region, 0..1."),
    /** Synapse density of the mood region, 0..1. */
    DENSITY_MOOD("density_mood", "present/slots",
            "Synapse density of the mood region, 0..1."),
    /** Synapse density of the reward region, 0..1. */
    DENSITY_REWARD("density_reward", "present/slots",
            "Synapse density of the reward region, 0..1."),
    /** Synapse density of the memory region, 0..1. */
    DENSITY_MEMORY("density_memory", "present/slots",
            "Synapse density of the memory region, 0..1."),
    /** Mean weight of the present synapses. */
    MEAN_WEIGHT("mean_weight", "weight",
            "Mean weight of the present synapses."),
    /** Mean firing rate of all units, 0..1. */
    ACTIVITY("activity", "mean rate",
            "Mean firing rate of all units, 0..1."),
    /** Recall of the positive pattern from a partial cue, 0..1. */
    POSITIVE_RECALL("positive_recall", "0..1",
            "Recall of the positive pattern from a partial cue, 0..1."),
    /** Recall of the negative pattern from a partial cue, 0..1. */
    NEGATIVE_RECALL("negative_recall", "0..1",
            "Recall of the negative pattern from a partial cue, 0..1."),
    /** The illustrative mood index, 0..100, higher is better. */
    MOOD_INDEX("mood_index", "0..100",
            "The illustrative mood index, 0..100, higher is better."),
    /** Stress as the network feels it: the scenario's stress less the coping learned, 0..1. */
    EFFECTIVE_STRESS("effective_stress", "0..1",
            "Stress as the network feels it: the scenario's stress less the coping learned, 0..1."),
    /** Coping learned in therapy, 0..1. */
    COPING("coping", "0..1",
            "Coping learned in therapy, 0..1."),
    /** Recent activity of the positive pattern (behavioural activation), 0..1. */
    ENGAGEMENT("engagement", "0..1",
            "Recent activity of the positive pattern (behavioural activation), 0..1."),
    /** Recent activity of the negative pattern (rumination), 0..1. */
    RUMINATION("rumination", "0..1",
            "Recent activity of the negative pattern (rumination), 0..1."),
    /** Share of the NMDA block trapped in the channels that drive rumination, 0..1. */
    TRAPPED_BLOCK("trapped_block", "0..1",
            "Share of the NMDA block trapped in the channels that drive rumination, 0..1.");

    private final String label;
    private final String unit;
    private final String description;

    Column(String label, String unit, String description) {
        this.label = label;
        this.unit = unit;
        this.description = description;
    }

    /**
     * The column name used in CSV and JSON files.
     *
     * @return the name, e.g. {@code synapse_density}
     */
    public String label() {
        return label;
    }

    /**
     * Unit or range of the values, for axis labels.
     *
     * @return the unit, e.g. {@code mg/L} or {@code 0..1}
     */
    public String unit() {
        return unit;
    }

    /**
     * What the column holds, in one sentence, for data-package schemas and help texts.
     *
     * @return the description, e.g. {@code Number of present synapses.}
     */
    public String description() {
        return description;
    }

    /**
     * Whether every value is a whole number, written without decimals.
     *
     * @return true for counts such as {@link #SYNAPSE_COUNT}
     */
    public boolean integer() {
        return this == SYNAPSE_COUNT;
    }

    /**
     * The column with this file name.
     *
     * @param label the name used in files, as returned by {@link #label()}
     * @return the column
     * @throws IllegalArgumentException if no column has that name
     */
    public static Column byLabel(String label) {
        for (Column c : values()) {
            if (c.label.equals(label)) {
                return c;
            }
        }
        throw new IllegalArgumentException("no column named \"" + label + "\"");
    }
}
