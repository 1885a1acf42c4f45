/**
 * The network: four regions of rate units, a fixed list of candidate presynaptic slots per unit
 * (60 % from the unit's own region), and the synapse state in flat primitive arrays (presynaptic
 * index, weight, present flag per slot; no object per synapse). Two stored activity patterns,
 * {@code negative} (executive, mood, memory) and {@code positive} (executive, reward, memory),
 * start as sets of strong synapses.
 */
package org.plasticitylab.network;
