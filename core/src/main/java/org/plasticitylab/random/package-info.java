/**
 * The library's random numbers: {@link org.plasticitylab.random.RandomStream}, a seeded,
 * keyed stream whose whole state fits a checkpoint. Every random draw of a run comes from one of
 * these, keyed by the scenario seed and a stream number per purpose, so that the same seed gives
 * the same bits on every JVM and thread count.
 *
 * <p>Steele, Lea and Flood (2014), "Fast splittable pseudorandom number generators", OOPSLA.
 */
package org.plasticitylab.random;
