package org.plasticitylab.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.sim.Result;
import org.plasticitylab.sim.Simulation;

/**
 * Runs independent scenarios on a thread pool and returns their results in input order, so
 * that output does not depend on the number of threads (each run is deterministic by itself).
 */
final class ParallelRuns {
    private ParallelRuns() {
    }

    static List<Result> run(List<Scenario> scenarios, int threads) {
        if (threads < 1) {
            throw new UserInputException("--threads must be >= 1, was " + threads);
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads,
                Math.max(1, scenarios.size())));
        try {
            List<Future<Result>> futures = new ArrayList<>();
            for (Scenario s : scenarios) {
                futures.add(pool.submit(() -> Simulation.run(s)));
            }
            List<Result> results = new ArrayList<>();
            for (Future<Result> f : futures) {
                results.add(f.get());
            }
            return results;
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
}
