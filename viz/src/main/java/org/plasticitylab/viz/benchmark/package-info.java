/**
 * The scaling chart of docs/benchmarks.md, drawn from the JSON that JMH writes for the
 * benchmarks module: time per synapse-step against synapse slots. Read by name from the file,
 * so the benchmarks module itself needs no charts ({@code plasticity benchmark-chart} runs it).
 */
package org.plasticitylab.viz.benchmark;
