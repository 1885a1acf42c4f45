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
        return results(futures);
    }

    private static List<Result> results(List<Future<Result>> futures) {
        List<Result> results = new ArrayList<>();
        for (Future<Result> f : futures) {
            results.add(get(f));
        }
        return results;
    }

    /**
     * The runs of a stressed preset for seeds 1..5, run to {@code days} with its stress
     * lasting as long (stress 0.8 throughout, as MODEL.md's presets).
     */
    static List<Result> longer(String preset, double days) {
        Scenario s = stressedFor(Presets.get(preset), days);
        List<Future<Result>> futures = new ArrayList<>();
        for (int seed = 1; seed <= SEEDS; seed++) {
            futures.add(submit(s, seed));
        }
        return results(futures);
    }

    /** A stressed preset lengthened to {@code days}, its stress lasting as long. */
    static Scenario stressedFor(Scenario preset, double days) {
        return preset.toBuilder().name(preset.name() + "-" + (int) days + "d").days(days)
                .clearStress().stress(0, days, Presets.STRESS).build();
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
        return submit(Presets.get(preset), seed);
    }

    private static Future<Result> submit(Scenario scenario, int seed) {
        return CACHE.computeIfAbsent(scenario.name() + "@" + scenario.days() + "#" + seed,
                key -> {
                    Scenario s = scenario.toBuilder().seed(seed).build();
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
