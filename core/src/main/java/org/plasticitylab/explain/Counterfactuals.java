package org.plasticitylab.explain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.sim.Result;
import org.plasticitylab.sim.Simulation;

/**
 * Runs a scenario's counterfactuals (without its therapy, without its drugs) in parallel. Only
 * the kinds that apply run: a scenario without therapy has no "without the therapy".
 */
public final class Counterfactuals {
    private Counterfactuals() {
    }

    /**
     * The kinds that apply to the scenario, in {@link Counterfactual.Kind} order.
     *
     * @param s the scenario
     * @return the applicable kinds, possibly none
     */
    public static List<Counterfactual.Kind> kindsFor(Scenario s) {
        return Arrays.stream(Counterfactual.Kind.values()).filter(k -> k.appliesTo(s)).toList();
    }

    /**
     * Runs every counterfactual of {@code s} on up to {@code threads} threads.
     *
     * @param s the scenario
     * @param threads most threads to use, at least 1
     * @return one counterfactual per applicable kind, in {@link Counterfactual.Kind} order
     * @throws IllegalArgumentException if {@code threads} is below 1
     */
    public static List<Counterfactual> run(Scenario s, int threads) {
        List<Counterfactual.Kind> kinds = kindsFor(s);
        List<Result> results = runAll(kinds.stream().map(k -> k.applyTo(s)).toList(), threads);
        List<Counterfactual> out = new ArrayList<>();
        for (int i = 0; i < kinds.size(); i++) {
            out.add(new Counterfactual(kinds.get(i), results.get(i)));
        }
        return out;
    }

    /** Runs the scenarios in parallel; results in input order. */
    static List<Result> runAll(List<Scenario> scenarios, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
        if (scenarios.isEmpty()) {
            return List.of();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, scenarios.size()));
        try {
            List<CompletableFuture<Result>> futures = scenarios.stream()
                    .map(s -> CompletableFuture.supplyAsync(() -> Simulation.run(s), pool))
                    .toList();
            return futures.stream().map(CompletableFuture::join).toList();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        } finally {
            pool.shutdownNow();
        }
    }
}
