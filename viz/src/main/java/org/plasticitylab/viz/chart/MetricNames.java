package org.plasticitylab.viz.chart;

import org.plasticitylab.metrics.Column;

/** Words for people in place of column names, and axis labels that carry the unit. */
public final class MetricNames {
    private MetricNames() {
    }

    /**
     * A short name for legends and titles, e.g. "positive recall".
     *
     * @param column the metric
     * @return the name; the column's label for columns without one
     */
    public static String name(Column column) {
        return switch (column) {
            case TIME_H -> "time";
            case DRUG_MG_PER_L -> "drug concentration";
            case NMDA_OCCUPANCY -> "NMDA occupancy";
            case PLASTICITY -> "plasticity P";
            case SYNAPSE_COUNT -> "synapses";
            case SYNAPSE_DENSITY -> "synapse density";
            case DENSITY_EXECUTIVE -> "executive";
            case DENSITY_MOOD -> "mood";
            case DENSITY_REWARD -> "reward";
            case DENSITY_MEMORY -> "memory";
            case MEAN_WEIGHT -> "mean weight";
            case POSITIVE_RECALL -> "positive recall";
            case NEGATIVE_RECALL -> "negative recall";
            case MOOD_INDEX -> "mood index";
            default -> column.label();
        };
    }

    /**
     * An axis label with the unit, e.g. "positive recall (0..1)".
     *
     * @param column the metric
     * @return the name followed by the unit in parentheses
     */
    public static String axisLabel(Column column) {
        return name(column) + " (" + column.unit() + ")";
    }
}
