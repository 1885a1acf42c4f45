package org.plasticitylab.viz.benchmark;

import java.awt.Color;
import org.plasticitylab.viz.chart.SlideTheme;

/**
 * The lines of the scaling chart ({@link ScalingChart}): which benchmark and thread count each
 * one is, and which JMH parameter holds its network size ({@code UNITSxINPUTS}). Colour tells
 * the core step from the reference kernel; a dashed line and square points mark two threads.
 */
enum ScalingSeries {
    /** {@code StepThroughputBenchmark}: one simulation step on one thread. */
    CORE_ONE_THREAD("core step, 1 thread", "StepThroughputBenchmark", "network", 1, false,
            SlideTheme.BLUE),
    /**
     * {@code ThreadScalingBenchmark} with {@code threads = 2}; its runs on 1 thread repeat the
     * line above.
     */
    CORE_TWO_THREADS("core step, 2 threads", "ThreadScalingBenchmark", "network", 2, true,
            SlideTheme.SKY),
    /** {@code PlasticRateNetworkBenchmark} with {@code threads = 1}. */
    KERNEL_ONE_THREAD("reference kernel, 1 thread", "PlasticRateNetworkBenchmark", "size", 1,
            true, SlideTheme.VERMILLION),
    /** {@code PlasticRateNetworkBenchmark} with {@code threads = 2}. */
    KERNEL_TWO_THREADS("reference kernel, 2 threads", "PlasticRateNetworkBenchmark", "size",
            2, true, SlideTheme.ORANGE);

    /** The benchmark method every one of these classes times. */
    static final String METHOD = "step";
    /** The package of the benchmarks module, whose classes JMH names in its results. */
    static final String BENCHMARKS_PACKAGE = "org.plasticitylab.benchmarks";

    private final String label;
    /** The benchmark class's simple name. */
    private final String benchmark;
    private final String sizeParam;
    private final int threads;
    private final boolean threadsParam;
    private final Color colour;

    ScalingSeries(String label, String benchmark, String sizeParam, int threads,
            boolean threadsParam, Color colour) {
        this.label = label;
        this.benchmark = benchmark;
        this.sizeParam = sizeParam;
        this.threads = threads;
        this.threadsParam = threadsParam;
        this.colour = colour;
    }

    /** The legend entry, e.g. {@code core step, 1 thread}. */
    String label() {
        return label;
    }

    /** Threads that step the network: 1 or 2. */
    int threads() {
        return threads;
    }

    /** The line's colour. */
    Color colour() {
        return colour;
    }

    /**
     * Whether a result belongs to this line.
     *
     * @throws ResultsFileException if it is this line's benchmark but has no {@code threads}
     */
    boolean matches(JmhResult result) {
        if (!result.benchmark().equals(benchmarkName())) {
            return false;
        }
        return !threadsParam || result.param("threads").equals(Integer.toString(threads));
    }

    /**
     * The network size of a result of this line.
     *
     * @throws ResultsFileException if its size parameter is missing or not {@code UNITSxINPUTS}
     */
    int synapses(JmhResult result) {
        String text = result.param(sizeParam);
        String[] parts = text.split("x");
        try {
            if (parts.length != 2) {
                throw new NumberFormatException("size must read UNITSxINPUTS, e.g. 10000x100");
            }
            return Math.multiplyExact(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
        } catch (NumberFormatException | ArithmeticException e) {
            throw new ResultsFileException(result.benchmark() + " has " + sizeParam + " = '" + text
                    + "', not a network size UNITSxINPUTS: " + e.getMessage(), e);
        }
    }

    /** What a user runs to get this line, e.g. {@code ThreadScalingBenchmark with threads=2}. */
    String source() {
        return benchmark + (threadsParam ? " with threads=" + threads : "");
    }

    private String benchmarkName() {
        return BENCHMARKS_PACKAGE + "." + benchmark + "." + METHOD;
    }
}
