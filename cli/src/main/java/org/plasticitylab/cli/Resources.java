package org.plasticitylab.cli;

import java.io.PrintWriter;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.scenario.io.MemoryEstimate;

/**
 * The one memory and time estimate every command consults before it starts: memory for the
 * runs it holds at once (network, time series, the snapshots the charts need), refused if more
 * than the JVM's maximum heap; and the expected running time, announced when long.
 */
final class Resources {
    /** Network copies a run with charts keeps: before and after treatment. */
    static final int CHART_SNAPSHOTS = 2;
    /**
     * Nanoseconds per synapse slot and step on one core, generous: the default preset (32,000
     * slots, 9,408 steps with burn-in) takes about a second.
     */
    static final double NANOS_PER_SLOT_STEP = 5;
    /** Running times from this long on are announced. */
    static final double ANNOUNCE_SECONDS = 60;

    private Resources() {
    }

    /**
     * The scenario, if this JVM has the memory to run it with its chart snapshots.
     *
     * @throws UserInputException with the estimate and the limit
     */
    static Scenario checkMemory(Scenario s) {
        check(MemoryEstimate.of(s).withSnapshots(CHART_SNAPSHOTS), s.name());
        return s;
    }

    /**
     * Refuses {@code scenarios} run {@code threads} at a time (without snapshots) if the
     * largest of them, times the runs held at once, does not fit.
     */
    static void checkParallel(Collection<Scenario> scenarios, int threads) {
        int atOnce = Math.max(1, Math.min(threads, scenarios.size()));
        scenarios.stream().max((a, b) -> Long.compare(MemoryEstimate.of(a).bytes(),
                MemoryEstimate.of(b).bytes())).ifPresent(largest -> check(
                        MemoryEstimate.of(largest).times(atOnce), largest.name()));
    }

    /**
     * Refuses {@code runs} runs of the scenario at once, each with its chart snapshots (explain
     * runs its comparisons beside the main run).
     *
     * @throws UserInputException with the estimate and the limit
     */
    static void checkRuns(Scenario s, int runs) {
        check(MemoryEstimate.of(s).withSnapshots(CHART_SNAPSHOTS).times(runs), s.name());
    }

    private static void check(MemoryEstimate estimate, String name) {
        estimate.refusal(Runtime.getRuntime().maxMemory()).ifPresent(reason -> {
            throw new UserInputException("scenario " + name + " " + reason);
        });
    }

    /** Expected seconds of the scenarios run {@code threads} at a time. */
    static double seconds(Collection<Scenario> scenarios, int threads) {
        double slotSteps = 0;
        for (Scenario s : scenarios) {
            slotSteps += (double) s.network().slots() * ((long) s.steps() + s.burnInSteps());
        }
        int parallel = Math.max(1, Math.min(threads, scenarios.size()));
        return slotSteps * NANOS_PER_SLOT_STEP / 1e9 / parallel;
    }

    /** A note for a long job ("this will take about 12 min"), or empty for a short one. */
    static Optional<String> announcement(Collection<Scenario> scenarios, int threads) {
        double seconds = seconds(scenarios, threads);
        if (seconds < ANNOUNCE_SECONDS) {
            return Optional.empty();
        }
        return Optional.of("note: this will take about " + duration(seconds)
                + " (an estimate); Ctrl-C stops it and keeps what is done");
    }

    /** Prints the {@link #announcement} on {@code err}, unless {@code quiet}. */
    static void announce(PrintWriter err, boolean quiet, Collection<Scenario> scenarios,
            int threads) {
        if (!quiet) {
            announcement(scenarios, threads).ifPresent(note -> {
                err.println(note);
                err.flush();
            });
        }
    }

    static String duration(double seconds) {
        if (seconds < 3600) {
            return String.format(Locale.ROOT, "%.0f min", Math.ceil(seconds / 60));
        }
        if (seconds < 48 * 3600) {
            return String.format(Locale.ROOT, "%.1f h", seconds / 3600);
        }
        return String.format(Locale.ROOT, "%.0f days", seconds / 86400);
    }
}
