/** Preconditions and the random number generator; not part of the public API. */
package org.plasticitylab.internal;
