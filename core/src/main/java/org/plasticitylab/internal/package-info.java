/** Preconditions and hashing helpers; not part of the public API. */
package org.plasticitylab.internal;
