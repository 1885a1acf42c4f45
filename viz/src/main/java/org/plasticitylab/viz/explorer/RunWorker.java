package org.plasticitylab.viz.explorer;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import javax.swing.SwingWorker;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.sim.StepView;
import org.plasticitylab.viz.run.CapturedRun;
import org.plasticitylab.viz.run.CapturingRun;

/**
 * Runs a whole scenario off the event thread, for the full-run form and the live comparison.
 * Progress (whole percent) and the outcome are handed to the callbacks on the event thread.
 */
final class RunWorker extends SwingWorker<CapturedRun, Integer> {
    private final CapturingRun run;
    private final IntConsumer onProgress;
    private final Consumer<CapturedRun> onDone;
    private final Consumer<Throwable> onFailure;
    private int lastPercent = -1;

    RunWorker(Scenario scenario, IntConsumer onProgress, Consumer<CapturedRun> onDone,
            Consumer<Throwable> onFailure) {
        this.run = CapturingRun.of(scenario, this::stepped);
        this.onProgress = onProgress;
        this.onDone = onDone;
        this.onFailure = onFailure;
    }

    /** Asks the simulation to stop; the partial result still arrives through onDone. */
    void stop() {
        run.cancel();
    }

    @Override
    protected CapturedRun doInBackground() {
        return run.run();
    }

    /** On the simulation's thread: publish only when the whole percent changes. */
    private void stepped(StepView view) {
        int percent = (int) (100L * view.step() / Math.max(1, view.totalSteps()));
        if (percent != lastPercent) {
            lastPercent = percent;
            publish(percent);
        }
    }

    @Override
    protected void process(List<Integer> percents) {
        onProgress.accept(percents.get(percents.size() - 1));
    }

    @Override
    protected void done() {
        try {
            onDone.accept(get());
        } catch (ExecutionException e) {
            onFailure.accept(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            onFailure.accept(e);
        }
    }
}
