package org.plasticitylab.viz.explorer;

import org.plasticitylab.network.NetworkSnapshot;

/**
 * The network as the model thread last copied it, handed to the network view: nothing here is
 * written after it is made.
 *
 * @param snapshot the synapses
 * @param rates every unit's rate at that moment, 0..1
 * @param synapses the sampled synapses at that moment
 */
record NetworkPicture(NetworkSnapshot snapshot, double[] rates, SynapseSample synapses) {
}
