/**
 * Preconditions, hashing and the engine's view of a network's synapse arrays; not part of the
 * public API (no public signature outside this package names one of its types).
 */
package org.plasticitylab.internal;
