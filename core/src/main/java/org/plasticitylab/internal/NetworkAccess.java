package org.plasticitylab.internal;

import java.util.function.Function;
import org.plasticitylab.network.Network;

/**
 * Hands the engine's passes a network's {@link SynapseStore}, which the network's public API
 * keeps to itself: users read and write synapses one at a time, checked, while the passes need
 * the arrays for speed. {@link Network} grants the access when its class is initialised, so it
 * is in place before any network exists.
 */
public final class NetworkAccess {
    private static volatile Function<Network, SynapseStore> stores;

    private NetworkAccess() {
    }

    /**
     * Sets how a network's store is read; called once, by {@link Network}'s initialiser.
     *
     * @param access reads a network's store
     * @throws IllegalStateException if the access was set already
     */
    public static synchronized void grant(Function<Network, SynapseStore> access) {
        if (stores != null) {
            throw new IllegalStateException("the network access is granted already");
        }
        stores = access;
    }

    /**
     * The live synapse arrays of a network.
     *
     * @param network the network
     * @return its store, not a copy
     */
    public static SynapseStore synapses(Network network) {
        return stores.apply(network);
    }
}
