package org.plasticitylab.lessons;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.ToDoubleFunction;
import org.plasticitylab.metrics.Column;
import org.plasticitylab.metrics.TimeSeries;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.scenario.io.ScenarioFiles;
import org.plasticitylab.sim.Result;
import org.plasticitylab.sim.Simulation;

/**
 * Loads the lessons' scenario files from docs/lessons and runs each scenario once per test JVM
 * for seeds 1-3, in parallel, so that the lesson tests share runs. Three seeds: every claim was
 * checked to hold on their mean and on most single seeds 1-5 before it was written.
 */
final class LessonRuns {
    static final List<Long> SEEDS = List.of(1L, 2L, 3L);
    private static final Path LESSONS = Path.of("..", "docs", "lessons");
    private static final Map<Scenario, CompletableFuture<Result>> CACHE = new ConcurrentHashMap<>();
    private static final ExecutorService POOL = Executors.newFixedThreadPool(
            Math.max(1, Runtime.getRuntime().availableProcessors()), r -> {
                Thread t = new Thread(r, "lesson-runs");
                t.setDaemon(true);
                return t;
            });

    private LessonRuns() {
    }

    /** A lesson's file, e.g. {@code load("04-timing", "scenario.yaml")}. */
    static Scenario load(String lesson, String file) {
        try {
            return ScenarioFiles.read(LESSONS.resolve(lesson).resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the runs of a scenario for every seed without waiting for them. */
    static void prefetch(Scenario... scenarios) {
        for (Scenario s : scenarios) {
            SEEDS.forEach(seed -> submit(s.toBuilder().seed(seed).build()));
        }
    }

    /** The runs of a scenario for every seed, in seed order. */
    static List<Result> of(Scenario s) {
        prefetch(s);
        return SEEDS.stream().map(seed -> submit(s.toBuilder().seed(seed).build()).join())
                .toList();
    }

    private static CompletableFuture<Result> submit(Scenario s) {
        return CACHE.computeIfAbsent(s,
                key -> CompletableFuture.supplyAsync(() -> Simulation.run(key), POOL));
    }

    static double mean(List<Result> runs, ToDoubleFunction<Result> f) {
        return runs.stream().mapToDouble(f).average().orElseThrow();
    }

    /** The mean over the runs of a column's value on a day. */
    static double meanAt(List<Result> runs, Column c, double day) {
        return mean(runs, r -> at(r, c, day));
    }

    /** A column's value on a day. */
    static double at(Result r, Column c, double day) {
        return r.series().valueAt(c, day * 24);
    }

    /** Mean of a column over the rows from {@code fromDay} to {@code toDay}. */
    static double meanOver(Result r, Column c, double fromDay, double toDay) {
        TimeSeries s = r.series();
        double sum = 0;
        int n = 0;
        for (int i = s.rowAtOrAfter(fromDay * 24); i < s.rows()
                && s.value(Column.DAY, i) <= toDay; i++) {
            sum += s.value(c, i);
            n++;
        }
        return sum / n;
    }

    /** Lowest value of a column over the whole run. */
    static double min(Result r, Column c) {
        return Arrays.stream(r.series().column(c)).min().orElseThrow();
    }
}
