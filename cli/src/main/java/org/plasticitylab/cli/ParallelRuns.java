package org.plasticitylab.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.sim.Result;
import org.plasticitylab.sim.Simulation;
import org.plasticitylab.sim.StepListener;

/**
 * Runs independent scenarios on a thread pool. Each run is deterministic by itself, so output
 * does not depend on the number of threads. {@link #cancel()} (from any thread) stops the
 * running simulations at their next step and starts no more.
 */
final class ParallelRuns {
    /** Most threads; more is a typo, and each thread holds a whole network. */
    static final int MAX_THREADS = 256;

    /** Told about each run that completes, on the thread that ran it. */
    @FunctionalInterface
    interface Completion {
        void completed(int index, Result result) throws Exception;
    }

    private final int threads;
    private final Set<Simulation> running = ConcurrentHashMap.newKeySet();
    private volatile boolean cancelled;

    /** @throws UserInputException unless {@code threads} is in [1, {@value #MAX_THREADS}] */
    ParallelRuns(int threads) {
        if (threads < 1 || threads > MAX_THREADS) {
            throw new UserInputException("--threads must be in [1, " + MAX_THREADS + "], was "
                    + threads);
        }
        this.threads = threads;
    }

    /** The number of runs at once. */
    int threads() {
        return threads;
    }

    /** As many threads as cores, within the limit. */
    static int defaultThreads() {
        return Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Runs every scenario on all cores, their steps shown by {@code progress}, which it ends;
     * the results in input order.
     */
    static List<Result> all(List<Scenario> scenarios, Progress progress) {
        Result[] results = new Result[scenarios.size()];
        try {
            new ParallelRuns(defaultThreads()).run(scenarios,
                    new RunsProgress(progress, scenarios)::listener, (i, r) -> results[i] = r);
        } finally {
            progress.end();
        }
        return Arrays.asList(results);
    }

    /**
     * Runs every scenario and calls {@code completion} for each that completes (not for runs
     * cancelled or never started); returns when all are done or cancelled.
     */
    void run(List<Scenario> scenarios, Completion completion) {
        run(scenarios, index -> view -> { }, completion);
    }

    /** Like {@link #run(List, Completion)}, each run's steps also going to its listener. */
    void run(List<Scenario> scenarios, IntFunction<StepListener> listeners,
            Completion completion) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads,
                Math.max(1, scenarios.size())));
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < scenarios.size(); i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    runOne(scenarios.get(index), index, listeners.apply(index), completion);
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for runs", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r
                    : new IllegalStateException("a run failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Stops running simulations after their current step; queued runs do not start. */
    void cancel() {
        cancelled = true;
        running.forEach(Simulation::cancel);
    }

    private void runOne(Scenario scenario, int index, StepListener listener,
            Completion completion) throws Exception {
        if (cancelled) {
            return;
        }
        Simulation simulation = Simulation.builder(scenario).listener(listener).build();
        running.add(simulation);
        try {
            if (cancelled) {
                // cancel() may have looked at the set just before this run joined it
                simulation.cancel();
            }
            Result result = simulation.run();
            if (result.completed()) {
                completion.completed(index, result);
            }
        } finally {
            running.remove(simulation);
        }
    }
}
