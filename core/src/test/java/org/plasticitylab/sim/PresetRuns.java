package org.plasticitylab.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.plasticitylab.scenario.Presets;
import org.plasticitylab.scenario.Scenario;

/**
 * Runs presets over seeds 1-5 once per test JVM, in parallel, and shares the results between
 * the behaviour tests.
 */
final class PresetRuns {
    static final int SEEDS = 5;
    private static final Map<String, Future<Result>> CACHE = new ConcurrentHashMap<>();
    private static final ExecutorService POOL = Executors.newFixedThreadPool(
            Math.max(1, Runtime.getRuntime().availableProcessors()), r -> {
                Thread t = new Thread(r, "preset-runs");
                t.setDaemon(true);
                return t;
            });

    private PresetRuns() {
    }

    /** The runs of a preset for seeds 1..5. */
    static List<Result> of(String preset) {
        List<Future<Result>> futures = new ArrayList<>();
        for (int seed = 1; seed <= SEEDS; seed++) {
            futures.add(submit(preset, seed));
        }
        List<Result> results = new ArrayList<>();
        for (Future<Result> f : futures) {
            results.add(get(f));
        }
        return results;
    }

    /** Starts the runs of several presets at once so they share the cores. */
    static void prefetch(String... presets) {
        for (String preset : presets) {
            for (int seed = 1; seed <= SEEDS; seed++) {
                submit(preset, seed);
            }
        }
    }

    private static Future<Result> submit(String preset, int seed) {
        return CACHE.computeIfAbsent(preset + "#" + seed, key -> {
            Scenario s = Presets.get(preset).toBuilder().seed(seed).build();
            return POOL.submit(() -> Simulation.run(s));
        });
    }

    private static Result get(Future<Result> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
