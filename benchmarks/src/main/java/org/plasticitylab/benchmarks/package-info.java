/**
 * The JMH suite of Plasticity Lab: one question per class. Build with
 * {@code mvn -o -q -B -pl benchmarks -am package -DskipTests}, then run everything with
 * {@code java -jar benchmarks/target/benchmarks.jar}, or one class with its name as a regexp.
 * docs/benchmarks.md has the quick mode, the machine and the numbers.
 *
 * <p>{@code plasticity benchmark-chart} (the viz module's {@code ScalingChart}) draws that page's
 * scaling chart from JMH's JSON output: this module depends on core only.
 *
 * <p>{@link org.plasticitylab.benchmarks.PairedBuilds} is not JMH: it times two builds of the
 * core against each other, run by run in one JVM, for a quick and drift-free "is B slower".
 *
 * <p>Baseline of the suite: {@link org.plasticitylab.benchmarks.StreamingBandwidthBenchmark},
 * what one core can stream at all; every synapse loop is read against it.
 */
package org.plasticitylab.benchmarks;
