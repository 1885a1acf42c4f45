package org.plasticitylab.cli;

import java.util.Arrays;
import java.util.List;
import org.plasticitylab.files.Decimals;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.sim.StepListener;
import org.plasticitylab.sim.StepView;

/**
 * The steps of one or more simulations, running at once, as one {@link Progress}: each run's
 * share counts by its length in steps, so a long run weighs more than a short one. One run
 * reads {@code day 42 of 84}, several {@code 1 of 3 runs done}.
 */
final class RunsProgress {
    private final Progress progress;
    private final List<Scenario> runs;
    private final double[] done;
    private final double[] weight;
    private final double totalWeight;

    RunsProgress(Progress progress, List<Scenario> runs) {
        this.progress = progress;
        this.runs = List.copyOf(runs);
        this.done = new double[runs.size()];
        this.weight = runs.stream().mapToDouble(s -> s.days() * 24 / s.dtHours()).toArray();
        this.totalWeight = Arrays.stream(weight).sum();
    }

    /** The listener for run number {@code run}, called on that run's thread. */
    StepListener listener(int run) {
        return view -> stepped(run, view);
    }

    private synchronized void stepped(int run, StepView view) {
        done[run] = (double) view.step() / view.totalSteps();
        double share = 0;
        int finished = 0;
        for (int i = 0; i < done.length; i++) {
            share += done[i] * weight[i] / totalWeight;
            finished += done[i] >= 1 ? 1 : 0;
        }
        progress.show(share, runs.size() == 1
                ? String.format("day %.0f of %s", view.timeHours() / 24,
                        Decimals.day(runs.get(0).days()))
                : finished + " of " + runs.size() + " runs done");
    }
}
