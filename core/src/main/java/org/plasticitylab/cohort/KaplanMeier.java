package org.plasticitylab.cohort;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;
import org.plasticitylab.internal.Checks;

/**
 * The Kaplan-Meier estimate of the fraction still free of an event (here: still well, not
 * relapsed) against time, from subjects that either had the event at a time or were censored
 * (seen without it up to a time, then no longer followed). At each time {@code t} with
 * {@code d} events among the {@code n} subjects still at risk the curve falls by the factor
 * {@code 1 - d / n}; subjects censored at {@code t} count as at risk at {@code t} (events come
 * before censoring at equal times). Kaplan and Meier (1958).
 */
public final class KaplanMeier {
    /**
     * One drop of the curve.
     *
     * @param time when the events happened
     * @param atRisk subjects at risk just before {@code time}
     * @param events events at {@code time}
     * @param survival fraction still free of the event from {@code time} on
     */
    public record Step(double time, int atRisk, int events, double survival) {
    }

    /** Slack for rounding in the product, so that a curve at exactly 0.5 counts as there. */
    private static final double ROUNDING = 1e-12;

    private final int subjects;
    private final List<Step> steps;
    private final double[] censoredTimes;

    private KaplanMeier(int subjects, List<Step> steps, double[] censoredTimes) {
        this.subjects = subjects;
        this.steps = List.copyOf(steps);
        this.censoredTimes = censoredTimes;
    }

    /**
     * The estimate from each subject's time and whether it was an event.
     *
     * @param times event or censoring time of each subject, finite
     * @param events true where the subject had the event at its time, false where censored
     * @return the estimate
     * @throws IllegalArgumentException if the arrays differ in length or a time is not finite
     */
    public static KaplanMeier of(double[] times, boolean[] events) {
        if (times.length != events.length) {
            throw new IllegalArgumentException("times and events must have the same length, were "
                    + times.length + " and " + events.length);
        }
        Integer[] order = new Integer[times.length];
        for (int i = 0; i < times.length; i++) {
            Checks.finite("times[" + i + "]", times[i]);
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> times[i])
                .thenComparing(i -> !events[i]));
        List<Step> steps = new ArrayList<>();
        List<Double> censored = new ArrayList<>();
        double survival = 1;
        int atRisk = times.length;
        int k = 0;
        while (k < order.length) {
            double t = times[order[k]];
            int d = 0;
            int c = 0;
            for (; k < order.length && times[order[k]] == t; k++) {
                if (events[order[k]]) {
                    d++;
                } else {
                    c++;
                    censored.add(t);
                }
            }
            if (d > 0) {
                survival *= 1 - (double) d / atRisk;
                steps.add(new Step(t, atRisk, d, survival));
            }
            atRisk -= d + c;
        }
        return new KaplanMeier(times.length, steps,
                censored.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /**
     * Number of subjects.
     *
     * @return how many times the estimate was made from
     */
    public int subjects() {
        return subjects;
    }

    /**
     * The drops of the curve, in time order; the curve is 1 before the first.
     *
     * @return unmodifiable list of steps
     */
    public List<Step> steps() {
        return steps;
    }

    /**
     * The times at which subjects were censored, sorted, one entry per subject.
     *
     * @return a new array
     */
    public double[] censoredTimes() {
        return censoredTimes.clone();
    }

    /**
     * The estimated fraction still free of the event at a time (right-continuous: at the time
     * of a drop it is already the lower value).
     *
     * @param time the time
     * @return the survival fraction, 1 before the first event
     */
    public double survivalAt(double time) {
        double s = 1;
        for (Step step : steps) {
            if (step.time() <= time) {
                s = step.survival();
            }
        }
        return s;
    }

    /**
     * The median time to the event: the first time at which the curve is at or below 0.5.
     *
     * @return that time, or empty when the curve never falls to 0.5 (the median is not reached,
     *     e.g. when fewer than half the subjects have the event before all others are censored)
     */
    public OptionalDouble median() {
        for (Step step : steps) {
            if (step.survival() <= 0.5 + ROUNDING) {
                return OptionalDouble.of(step.time());
            }
        }
        return OptionalDouble.empty();
    }
}
