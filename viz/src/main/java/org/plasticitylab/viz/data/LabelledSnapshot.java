package org.plasticitylab.viz.data;

import org.plasticitylab.network.NetworkSnapshot;

/**
 * A network snapshot with the words that say when it was taken.
 *
 * @param label e.g. "day 41, before treatment"
 * @param day simulated day of the snapshot
 * @param snapshot the synapses at that moment
 */
public record LabelledSnapshot(String label, double day, NetworkSnapshot snapshot) {
    /**
     * Checks the label and the snapshot.
     *
     * @param label e.g. "day 41, before treatment"
     * @param day simulated day of the snapshot
     * @param snapshot the synapses at that moment
     * @throws IllegalArgumentException if {@code label} is blank or {@code snapshot} is null
     */
    public LabelledSnapshot {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("label must not be blank, was \"" + label + "\"");
        }
        if (snapshot == null) {
            throw new IllegalArgumentException("snapshot must not be null");
        }
    }
}
