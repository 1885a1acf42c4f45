package org.plasticitylab.sim;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.plasticitylab.cohort.Cohort;
import org.plasticitylab.cohort.CohortResult;
import org.plasticitylab.scenario.Presets;
import org.plasticitylab.scenario.Scenario;

/**
 * The 100-patient cohorts of the presets (base seed 42, the presets' seed, default
 * variability), each run once per test JVM and shared between target 17 and lesson 6. Cohorts
 * run one after another, each on every core, in the order they are first asked for.
 */
public final class CohortRuns {
    /** Patients of every cohort: target 17's number. */
    public static final int PATIENTS = 100;
    /** Name of the cohort {@link #withoutMaintenance()} runs. */
    public static final String WITHOUT_MAINTENANCE = "maintenance without boosters";
    private static final Map<String, CompletableFuture<CohortResult>> CACHE =
            new ConcurrentHashMap<>();
    private static final ExecutorService ONE_AT_A_TIME = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "cohort-runs");
        t.setDaemon(true);
        return t;
    });

    private CohortRuns() {
    }

    /**
     * Starts the cohorts of several plans, in this order, without waiting for them.
     *
     * @param plans preset names, or {@link #WITHOUT_MAINTENANCE}
     */
    public static void prefetch(String... plans) {
        for (String plan : plans) {
            start(plan);
        }
    }

    /**
     * The cohort of a plan, run if not yet run.
     *
     * @param plan a preset name, or {@link #WITHOUT_MAINTENANCE}
     * @return its outcome
     */
    public static CohortResult of(String plan) {
        return start(plan).join();
    }

    /**
     * The maintenance cohort without its boosters and weekly therapy: series + therapy run to
     * the maintenance preset's end, stressed throughout (as target 12 reads it on seeds 1-5).
     *
     * @return its outcome
     */
    public static CohortResult withoutMaintenance() {
        return of(WITHOUT_MAINTENANCE);
    }

    private static CompletableFuture<CohortResult> start(String plan) {
        return CACHE.computeIfAbsent(plan, p -> CompletableFuture.supplyAsync(
                () -> Cohort.run(scenario(p), PATIENTS), ONE_AT_A_TIME));
    }

    private static Scenario scenario(String plan) {
        return plan.equals(WITHOUT_MAINTENANCE) ? PresetRuns.stressedFor(
                Presets.get("ketamine-series-therapy"), Presets.get("maintenance").days())
                : Presets.get(plan);
    }
}
