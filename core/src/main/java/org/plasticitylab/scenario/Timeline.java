package org.plasticitylab.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.plasticitylab.metrics.Course;
import org.plasticitylab.pharmacology.NmdaBlockExposure.Infusion;

/**
 * What the scenario says is happening at a given time: stress level, therapy, monoaminergic
 * treatment, and the list of infusions. Times are hours from day 0; before day 0 (burn-in)
 * nothing happens.
 */
public final class Timeline {
    private final List<StressPeriod> stress;
    private final List<TherapySchedule> therapy;
    private final List<Monoaminergic> monoaminergic = new ArrayList<>();
    private final List<Infusion> infusions = new ArrayList<>();
    private final double runEndHours;

    /**
     * Collects the scenario's stress, therapy, monoaminergic treatments and infusions.
     *
     * @param scenario the scenario whose events are looked up
     */
    public Timeline(Scenario scenario) {
        this.stress = scenario.stress();
        this.therapy = scenario.therapy();
        this.runEndHours = scenario.days() * 24;
        for (Treatment t : scenario.treatments()) {
            if (t instanceof NmdaBlock block) {
                for (double day : block.days()) {
                    infusions.add(new Infusion(day * 24, block.infusionMinutes() / 60,
                            block.doseMgPerKg()));
                }
            } else if (t instanceof Monoaminergic m) {
                monoaminergic.add(m);
            }
        }
    }

    /**
     * Stress level in [0, 1] at {@code hours}.
     *
     * @param hours time in hours from day 0
     * @return the level of the period covering that time, else 0
     */
    public double stressAt(double hours) {
        for (StressPeriod p : stress) {
            if (p.covers(hours)) {
                return p.level();
            }
        }
        return 0;
    }

    /**
     * 1 while a therapy session runs, else 0.
     *
     * @param hours time in hours from day 0
     * @return 1 or 0
     */
    public double therapyAt(double hours) {
        for (TherapySchedule t : therapy) {
            if (t.inSession(hours)) {
                return 1;
            }
        }
        return 0;
    }

    /**
     * 1 while a monoaminergic treatment is taken, else 0.
     *
     * @param hours time in hours from day 0
     * @return 1 or 0
     */
    public double monoaminergicAt(double hours) {
        for (Monoaminergic m : monoaminergic) {
            if (m.covers(hours)) {
                return 1;
            }
        }
        return 0;
    }

    /**
     * Every NMDA-block infusion, in hours from day 0.
     *
     * @return an unmodifiable copy, in the order of the treatments
     */
    public List<Infusion> infusions() {
        return List.copyOf(infusions);
    }

    /**
     * The treatment course that recovery is read against: the doses, or without doses the
     * therapy sessions, or a monoaminergic course's start; without any treatment, the first
     * change of stress after day 0 (day 0 itself if the stress never changes).
     *
     * @return the course
     */
    public Course course() {
        TreeSet<Double> doses = new TreeSet<>();
        infusions.forEach(i -> doses.add(i.startHours()));
        TreeSet<Double> sessions = new TreeSet<>();
        for (TherapySchedule t : therapy) {
            for (int k = 0; k < t.count(); k++) {
                sessions.add((t.firstDay() + k * t.everyDays()) * 24);
            }
        }
        TreeSet<Double> starts = new TreeSet<>();
        monoaminergic.forEach(m -> starts.add(m.fromDay() * 24));
        TreeSet<Double> events = !doses.isEmpty() ? doses : !sessions.isEmpty() ? sessions : starts;
        if (events.isEmpty()) {
            return Course.untreated(firstStressChangeHours(), runEndHours);
        }
        double first = events.first();
        if (!sessions.isEmpty()) {
            first = Math.min(first, sessions.first());
        }
        if (!starts.isEmpty()) {
            first = Math.min(first, starts.first());
        }
        Course byEvents = Course.ofEvents(events.stream().mapToDouble(Double::doubleValue)
                .toArray(), runEndHours);
        return new Course(first, byEvents.responseUntilHours(), byEvents.courseEndHours(),
                byEvents.eventHours());
    }

    private double firstStressChangeHours() {
        TreeSet<Double> edges = new TreeSet<>();
        for (StressPeriod p : stress) {
            edges.add(p.fromDay() * 24);
            edges.add(p.toDay() * 24);
        }
        double before = stressAt(0);
        for (double edge : edges) {
            if (edge > 0 && edge < runEndHours && stressAt(edge) != before) {
                return edge;
            }
        }
        return 0;
    }
}
