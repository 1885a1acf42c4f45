package org.plasticitylab.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.plasticitylab.metrics.Course;

/**
 * What the scenario says is happening at a given time: stress level, therapy, and every
 * treatment's events. Times are hours from day 0; before day 0 (burn-in) nothing happens. The
 * drugs' exposures are their types' own ({@link TreatmentTypes#exposures}).
 */
public final class Timeline {
    /** Arrays, not lists: every step reads them, and a step must not allocate an iterator. */
    private final StressPeriod[] stress;
    private final TherapySchedule[] therapy;
    private final List<TreatmentEvent> events = new ArrayList<>();
    private final double runEndHours;

    /**
     * Collects the scenario's stress, therapy and treatment events.
     *
     * @param scenario the scenario whose events are looked up
     */
    public Timeline(Scenario scenario) {
        this.stress = scenario.stress().toArray(new StressPeriod[0]);
        this.therapy = scenario.therapy().toArray(new TherapySchedule[0]);
        this.runEndHours = scenario.days() * 24;
        scenario.treatments().forEach(t -> events.addAll(t.events()));
        events.sort((a, b) -> Double.compare(a.day(), b.day()));
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
     * Every treatment's events, sorted by start.
     *
     * @return the events, unmodifiable
     */
    public List<TreatmentEvent> events() {
        return List.copyOf(events);
    }

    /**
     * The days of every dose, sorted.
     *
     * @return the days, empty if no treatment gives doses
     */
    public List<Double> doseDays() {
        return events.stream().filter(e -> e.kind() == TreatmentEvent.Kind.DOSE)
                .map(TreatmentEvent::day).toList();
    }

    /**
     * The treatment course that recovery is read against: the doses, or without doses the
     * therapy sessions, or a course's start; without any treatment, the first
     * change of stress after day 0 (day 0 itself if the stress never changes).
     *
     * @return the course
     */
    public Course course() {
        TreeSet<Double> doses = new TreeSet<>();
        TreeSet<Double> starts = new TreeSet<>();
        for (TreatmentEvent e : events) {
            (e.kind() == TreatmentEvent.Kind.DOSE ? doses : starts).add(e.startHours());
        }
        TreeSet<Double> sessions = new TreeSet<>();
        for (TherapySchedule t : therapy) {
            for (int k = 0; k < t.count(); k++) {
                sessions.add((t.firstDay() + k * t.everyDays()) * 24);
            }
        }
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
