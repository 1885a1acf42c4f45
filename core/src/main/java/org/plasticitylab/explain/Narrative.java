package org.plasticitylab.explain;

import static org.plasticitylab.explain.Numbers.named;
import static org.plasticitylab.explain.Numbers.num;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.plasticitylab.metrics.Column;
import org.plasticitylab.metrics.Summary;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.scenario.TherapySchedule;
import org.plasticitylab.scenario.Timeline;
import org.plasticitylab.scenario.Treatment;
import org.plasticitylab.scenario.TreatmentEvent;
import org.plasticitylab.sim.Result;
import org.plasticitylab.sim.Simulation;

/**
 * Builds the story of a run in story order: overview, stress, what was given, the plasticity
 * window, the recovery (response, peak improvement, relapse; for runs with a treatment or a
 * change of stress), what the therapy and drugs changed (when counterfactual runs are given),
 * and where the run ended against the healthy baseline. Ends with the disclaimer.
 */
public final class Narrative {
    private Narrative() {
    }

    /**
     * The explanation of a (possibly cancelled) run, without counterfactuals.
     *
     * @param result the run
     * @return its findings in story order
     */
    public static Explanation explain(Result result) {
        return explain(result, List.of());
    }

    /**
     * The explanation of a run, with a finding comparing it with its counterfactuals (see
     * {@link Counterfactuals}) when there are any.
     *
     * @param result the run
     * @param counterfactuals runs of the same scenario with a part taken away; may be empty
     * @return its findings in story order
     */
    public static Explanation explain(Result result, List<Counterfactual> counterfactuals) {
        Scenario s = result.scenario();
        Summary sum = result.summary();
        List<Finding> findings = new ArrayList<>();
        findings.add(overview(result));
        s.stress().stream().filter(p -> p.level() > 0).findFirst()
                .ifPresent(p -> findings.add(StressFinding.of(p, result.series())));
        List<Double> doseDays = new Timeline(s).doseDays();
        for (Treatment t : s.treatments()) {
            List<TreatmentEvent> events = t.events();
            for (int i = 0; i < events.size(); i++) {
                findings.add(events.get(i).kind() == TreatmentEvent.Kind.DOSE
                        ? TreatmentFindings.dose(events.get(i), i, result.series())
                        : TreatmentFindings.course(events.get(i), result.series()));
            }
        }
        Optional<PlasticityWindow> window = doseDays.isEmpty() ? Optional.empty()
                : Optional.of(PlasticityWindow.of(result.series(), doseDays));
        for (TherapySchedule t : s.therapy()) {
            findings.add(TreatmentFindings.therapy(t, window, result.series()));
        }
        findings.add(window.map(PlasticityWindow::finding).orElseGet(() -> plasticity(result)));
        StoryNumbers story = StoryNumbers.of(result);
        if (story.applies()) {
            findings.add(RecoveryFinding.of(story));
        }
        if (!counterfactuals.isEmpty()) {
            findings.add(CounterfactualFinding.of(story, result, counterfactuals));
        }
        findings.add(EndStateFinding.of(sum));
        return new Explanation(s.name(), findings, Explanation.DISCLAIMER);
    }

    /**
     * Runs the scenario and its counterfactuals in parallel on up to {@code threads} threads,
     * and explains the run with them.
     *
     * @param s the scenario
     * @param threads threads to use; the counterfactuals get one fewer, at least 1
     * @return the explanation with a counterfactual finding if any counterfactual applies
     */
    public static Explanation explainWithCounterfactuals(Scenario s, int threads) {
        CompletableFuture<Result> main = CompletableFuture.supplyAsync(() -> Simulation.run(s));
        List<Counterfactual> counterfactuals = Counterfactuals.run(s, Math.max(1, threads - 1));
        return explain(main.join(), counterfactuals);
    }

    private static Finding overview(Result result) {
        Scenario s = result.scenario();
        double days = result.summary().endDay();
        return new Finding("overview", String.format(Locale.ROOT,
                "Scenario \"%s\": %s%s days, %d neurons, seed %d%s.", s.name(),
                s.description().isEmpty() ? "" : s.description() + " ", num(days),
                s.network().neurons(), s.seed(), result.completed() ? "" : " (cancelled early)"),
                named("days", days));
    }

    /** Without doses there is no window: only the range plasticity moved in. */
    private static Finding plasticity(Result result) {
        Summary sum = result.summary();
        double end = result.series().last(Column.PLASTICITY);
        return new Finding("plasticity", String.format(Locale.ROOT,
                "Without an NMDA-blocking dose no window opens. Plasticity peaks at %s times the healthy"
                        + " baseline on day %s and ends at %s.",
                num(sum.peakPlasticity()), num(sum.peakPlasticityDay()), num(end)),
                named("peak", sum.peakPlasticity(), "peak_day", sum.peakPlasticityDay(),
                        "end", end));
    }
}
