package org.plasticitylab.cli.sweep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.plasticitylab.output.SummaryFields;
import org.plasticitylab.metrics.Summary;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.scenario.io.ScenarioFiles;

/**
 * Every combination of the varied values (a setting) times every seed, in a fixed order: the
 * first variation changes slowest, seeds fastest.
 *
 * @param variations what is varied
 * @param settings one value per variation for each setting
 * @param seeds seeds run for each setting
 */
public record SweepGrid(List<Variation> variations, List<List<Double>> settings,
        List<Long> seeds) {
    /** The outcome "responded" of {@link #sample}: 1 for a run with a response, else 0. */
    public static final String RESPONDED = SummaryFields.RESPONDED;
    /** Most runs a sweep may ask for; more is almost surely a typo in STEPS. */
    public static final int MAX_RUNS = 100_000;

    /**
     * Copies the lists, so the grid cannot change afterwards.
     *
     * @param variations what is varied
     * @param settings one value per variation for each setting
     * @param seeds seeds run for each setting
     */
    public SweepGrid {
        variations = List.copyOf(variations);
        settings = List.copyOf(settings);
        seeds = List.copyOf(seeds);
    }

    /**
     * The grid of the variations over {@code count} seeds from {@code firstSeed}.
     *
     * @param variations what is varied, slowest-changing first
     * @param firstSeed the first seed
     * @param count the number of seeds, at least 1
     * @return the grid
     * @throws IllegalArgumentException if {@code count} is less than 1 or the sweep would need
     *     more than {@value #MAX_RUNS} runs
     */
    public static SweepGrid of(List<Variation> variations, long firstSeed, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("--seeds must be >= 1, was " + count);
        }
        List<List<Double>> settings = List.of(List.of());
        long runs = count;
        for (Variation v : variations) {
            runs *= v.steps();
            if (runs > MAX_RUNS) {
                throw new IllegalArgumentException("the sweep would need more than " + MAX_RUNS
                        + " runs; use fewer STEPS or seeds");
            }
            List<List<Double>> next = new ArrayList<>();
            for (List<Double> s : settings) {
                for (double value : v.values()) {
                    List<Double> extended = new ArrayList<>(s);
                    extended.add(value);
                    next.add(extended);
                }
            }
            settings = next;
        }
        List<Long> seeds = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            seeds.add(firstSeed + i);
        }
        return new SweepGrid(variations, settings, seeds);
    }

    /**
     * The scenarios of every run, setting by setting, seed by seed.
     *
     * @param base the scenario the variations are applied to
     * @return one scenario per run
     * @throws org.plasticitylab.scenario.io.ScenarioFileException if a value does not fit
     */
    public List<Scenario> scenarios(Scenario base) {
        List<Scenario> scenarios = new ArrayList<>();
        for (List<Double> setting : settings) {
            Scenario s = base;
            for (int i = 0; i < variations.size(); i++) {
                s = ScenarioFiles.with(s, variations.get(i).key(), setting.get(i));
            }
            for (long seed : seeds) {
                scenarios.add(s.toBuilder().seed(seed).build());
            }
        }
        return scenarios;
    }

    /**
     * One outcome (a summary field name such as {@code mood_index_end}, or {@link #RESPONDED})
     * of every seed of one setting, from the summaries of the runs in the order of
     * {@link #scenarios}.
     *
     * @param summaries the outcome of every run
     * @param setting the setting's index, from 0
     * @param outcome the summary field name, or {@link #RESPONDED}
     * @return one value per seed, in seed order; NaN where the outcome does not apply to a run
     *     (no response, no relapse)
     * @throws IllegalArgumentException if there is no outcome of that name
     */
    public double[] sample(List<Summary> summaries, int setting, String outcome) {
        int field = SummaryFields.NAMES.indexOf(outcome);
        if (field < 0 && !outcome.equals(RESPONDED)) {
            throw new IllegalArgumentException("no outcome named \"" + outcome + "\"");
        }
        int n = seeds().size();
        double[] values = new double[n];
        for (int k = 0; k < n; k++) {
            Summary run = summaries.get(setting * n + k);
            values[k] = field < 0 ? (run.responded() ? 1 : 0)
                    : SummaryFields.values(run).get(field);
        }
        return values;
    }

    /**
     * The values of {@link #sample} that apply: the seeds of the setting with a value, for
     * means and intervals over them (days to relapse over the runs that relapsed).
     *
     * @param summaries the outcome of every run
     * @param setting the setting's index, from 0
     * @param outcome the summary field name, or {@link #RESPONDED}
     * @return the values that are not NaN, in seed order; possibly none
     * @throws IllegalArgumentException if there is no outcome of that name
     */
    public double[] present(List<Summary> summaries, int setting, String outcome) {
        return Arrays.stream(sample(summaries, setting, outcome)).filter(v -> !Double.isNaN(v))
                .toArray();
    }
}
