package org.plasticitylab.benchmarks;

import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Times whole runs of one preset with several builds of the core in one JVM, alternating the
 * builds run by run (A B, then B A), so that a shared machine's drift falls on every build
 * alike: each build's classes are loaded by a class loader of their own and warmed up by the
 * same runs. On a host whose speed wanders by tens of percent between JMH forks, the ratio of
 * paired runs still resolves a few percent. JMH's {@code PresetEndToEndBenchmark} remains the
 * measure of record; this answers "is B slower than A" quickly.
 *
 * <p>How to run: {@code java -cp benchmarks/target/benchmarks.jar
 * org.plasticitylab.benchmarks.PairedBuilds [--preset NAME] [--days D] [--warmup N]
 * [--rounds N] BUILD...}, where a build is a jar (or classes folder) holding the core, such as
 * another commit's {@code benchmarks.jar}.
 */
public final class PairedBuilds {
    private final String preset;
    private final double days;
    private final int warmupRounds;
    private final int rounds;

    /**
     * The runs to make.
     *
     * @param preset the preset every build runs
     * @param days the length to run it for, or 0 for the preset's own
     * @param warmupRounds rounds run first and not counted
     * @param rounds rounds counted, at least 1
     */
    public PairedBuilds(String preset, double days, int warmupRounds, int rounds) {
        if (rounds < 1 || warmupRounds < 0) {
            throw new IllegalArgumentException("rounds must be at least 1 and warm-up rounds"
                    + " at least 0, were " + rounds + " and " + warmupRounds);
        }
        this.preset = preset;
        this.days = days;
        this.warmupRounds = warmupRounds;
        this.rounds = rounds;
    }

    /**
     * Runs every build once per round, in alternating order.
     *
     * @param builds jars or class folders, each holding the core
     * @return the milliseconds of each counted run, per build
     * @throws ReflectiveOperationException if a build lacks the core's entry points
     * @throws MalformedURLException if a build's path cannot be a URL
     */
    public PairedTimes time(List<Path> builds)
            throws ReflectiveOperationException, MalformedURLException {
        List<Runnable> runs = new ArrayList<>();
        for (Path build : builds) {
            runs.add(runOf(build));
        }
        double[][] millis = new double[builds.size()][rounds];
        for (int round = 0; round < warmupRounds + rounds; round++) {
            for (int i = 0; i < runs.size(); i++) {
                int build = round % 2 == 0 ? i : runs.size() - 1 - i;
                long start = System.nanoTime();
                runs.get(build).run();
                if (round >= warmupRounds) {
                    millis[build][round - warmupRounds] = (System.nanoTime() - start) / 1e6;
                }
            }
        }
        return new PairedTimes(millis);
    }

    /** One whole run of the preset with the core of {@code build}. */
    private Runnable runOf(Path build) throws ReflectiveOperationException,
            MalformedURLException {
        if (!Files.exists(build)) {
            throw new IllegalArgumentException("no build at " + build);
        }
        ClassLoader loader = new URLClassLoader(new URL[] {build.toUri().toURL()},
                ClassLoader.getPlatformClassLoader());
        Class<?> scenarioClass = loader.loadClass("org.plasticitylab.scenario.Scenario");
        Object scenario = loader.loadClass("org.plasticitylab.scenario.Presets")
                .getMethod("get", String.class).invoke(null, preset);
        if (days > 0) {
            scenario = scenarioClass.getMethod("withDays", double.class).invoke(scenario, days);
        }
        Method run = loader.loadClass("org.plasticitylab.sim.Simulation")
                .getMethod("run", scenarioClass);
        Object arguments = scenario;
        return () -> {
            try {
                run.invoke(null, arguments);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("the run of " + build + " failed", e);
            }
        };
    }

    /**
     * Command line: see the class comment.
     *
     * @param args options, then two or more builds
     * @throws Exception if a build cannot be loaded or run
     */
    public static void main(String[] args) throws Exception {
        String preset = "ketamine-series-therapy";
        double days = 0;
        int warmup = 8;
        int rounds = 40;
        List<Path> builds = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--preset" -> preset = args[++i];
                case "--days" -> days = Double.parseDouble(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                default -> builds.add(Path.of(args[i]));
            }
        }
        if (builds.size() < 2) {
            throw new IllegalArgumentException("give two or more builds to compare");
        }
        PairedTimes times = new PairedBuilds(preset, days, warmup, rounds).time(builds);
        PrintStream out = System.out;
        out.printf("%s, %d paired rounds after %d warm-up rounds%n", preset, rounds, warmup);
        for (int i = 0; i < builds.size(); i++) {
            out.printf("%s: median %.1f ms; per round, against the first: median %.3f"
                    + " (quartiles %.3f to %.3f)%n", builds.get(i), times.medianMillis(i),
                    times.ratioQuantile(i, 0.5), times.ratioQuantile(i, 0.25),
                    times.ratioQuantile(i, 0.75));
        }
    }
}
