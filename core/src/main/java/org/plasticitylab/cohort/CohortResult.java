package org.plasticitylab.cohort;

import java.util.List;
import java.util.OptionalDouble;
import org.plasticitylab.internal.Checks;
import org.plasticitylab.metrics.Course;
import org.plasticitylab.metrics.Recovery;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.scenario.Timeline;

/**
 * The outcome of a cohort of virtual patients: each patient's draw and recovery, and the
 * cohort's figures read off them. The figures are over the patients that finished, which are
 * all of them unless the cohort was cancelled ({@link #completed()}).
 *
 * <p>Still well after the course ({@link #stillWell()}): a Kaplan-Meier curve over the
 * responders of the time from the <em>last dose of the induction course</em> (the last event
 * of the {@link Course} the scenario's timeline gives, the same day for every patient) to the
 * relapse; responders who never relapse are censored at the end of the run. One origin for
 * everybody makes the curves of different plans comparable: with boosters, staying well longer
 * shows as a curve that stays up longer (the patient's {@link Recovery#daysToRelapse()} counts
 * from the last dose before the relapse instead, a booster included). A relapse that starts
 * before the last induction dose counts as at day 0.
 *
 * @param scenario the cohort's scenario: the typical patient, with the base seed as its seed
 * @param baseSeed the seed every patient's seed and draw derive from
 * @param variability the CVs the parameters were drawn with
 * @param size patients in the cohort
 * @param patients the patients that finished, by index
 */
public record CohortResult(Scenario scenario, long baseSeed, PatientVariability variability,
        int size, List<PatientOutcome> patients) {
    /**
     * Validates the parts and keeps an unmodifiable copy of the patients; throws
     * IllegalArgumentException naming a bad one.
     *
     * @param scenario the cohort's scenario, not null
     * @param baseSeed the base seed
     * @param variability the CVs, not null
     * @param size patients in the cohort, at least 1
     * @param patients the finished patients, at most {@code size}, in index order
     */
    public CohortResult {
        Checks.notNull("scenario", scenario);
        Checks.notNull("variability", variability);
        Checks.atLeast("size", size, 1);
        patients = List.copyOf(Checks.notNull("patients", patients));
        if (patients.size() > size) {
            throw new IllegalArgumentException("patients must hold at most size (" + size
                    + ") patients, held " + patients.size());
        }
    }

    /**
     * Whether every patient of the cohort finished.
     *
     * @return false after a cancellation
     */
    public boolean completed() {
        return patients.size() == size;
    }

    /**
     * Patients who responded.
     *
     * @return how many patients had a {@linkplain Recovery#responded() response}
     */
    public int responders() {
        return (int) patients.stream().filter(p -> p.recovery().responded()).count();
    }

    /**
     * Patients who relapsed after a response.
     *
     * @return how many patients {@linkplain Recovery#relapsed() relapsed}
     */
    public int relapsed() {
        return (int) patients.stream().filter(p -> p.recovery().relapsed()).count();
    }

    /**
     * The response rate: responders over all patients.
     *
     * @return a fraction in [0, 1]; NaN if no patient finished
     */
    public double responseRate() {
        return (double) responders() / patients.size();
    }

    /**
     * The relapsed fraction: patients who relapsed over <em>all</em> patients (not over the
     * responders), so that a non-responder counts as not relapsed; read at the end of the run.
     *
     * @return a fraction in [0, 1]; NaN if no patient finished
     */
    public double relapsedFraction() {
        return (double) relapsed() / patients.size();
    }

    /**
     * The day of the last dose (or session) of the induction course, from which
     * {@link #stillWell()} counts.
     *
     * @return the day, from day 0
     */
    public double lastInductionDay() {
        Course course = new Timeline(scenario).course();
        return course.lastEventAtOrBefore(course.courseEndHours()) / 24;
    }

    /**
     * The Kaplan-Meier curve of the responders still well against days after the last dose of
     * the induction course (see the class description).
     *
     * @return the estimate; no subjects if nobody responded
     */
    public KaplanMeier stillWell() {
        double from = lastInductionDay();
        List<Recovery> responders = patients.stream().map(PatientOutcome::recovery)
                .filter(Recovery::responded).toList();
        double[] times = new double[responders.size()];
        boolean[] events = new boolean[responders.size()];
        for (int i = 0; i < times.length; i++) {
            Recovery r = responders.get(i);
            events[i] = r.relapsed();
            times[i] = events[i] ? Math.max(0, r.relapseDay() - from) : scenario.days() - from;
        }
        return KaplanMeier.of(times, events);
    }

    /**
     * The median days from the last induction dose to relapse: the Kaplan-Meier median of
     * {@link #stillWell()}.
     *
     * @return the median, or empty when fewer than half of the responders relapse (not reached)
     */
    public OptionalDouble medianDaysToRelapse() {
        return stillWell().median();
    }
}
