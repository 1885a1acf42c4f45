/**
 * How the network's own state shapes what it experiences: behavioural activation (a network
 * that is often in its positive state meets positive experiences more often and ruminates
 * less; after the behavioural-activation account of Jacobson et al. 2001, in toy form) and
 * coping learned in therapy, faster inside the window of raised plasticity (toy).
 */
package org.plasticitylab.behaviour;
