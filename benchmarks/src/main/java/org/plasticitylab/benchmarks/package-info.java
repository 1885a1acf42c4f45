/**
 * The JMH suite of Plasticity Lab: one question per class. Build with
 * {@code mvn -o -q -B -pl benchmarks -am package -DskipTests}, then run everything with
 * {@code java -jar benchmarks/target/benchmarks.jar}, or one class with its name as a regexp.
 * docs/benchmarks.md has the quick mode, the machine and the numbers.
 *
 * <p>{@link org.plasticitylab.benchmarks.ScalingChart} draws that page's scaling chart (time per
 * synapse-step against synapses) from JMH's JSON output with the viz module.
 *
 * <p>Baseline of the suite: {@link org.plasticitylab.benchmarks.StreamingBandwidthBenchmark},
 * what one core can stream at all; every synapse loop is read against it.
 */
package org.plasticitylab.benchmarks;
