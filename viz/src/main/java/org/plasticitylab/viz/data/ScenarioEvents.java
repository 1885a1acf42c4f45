package org.plasticitylab.viz.data;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.plasticitylab.scenario.Monoaminergic;
import org.plasticitylab.scenario.NmdaBlock;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.scenario.TherapySchedule;
import org.plasticitylab.scenario.Treatment;

/** What happens when in a scenario, in days, for markers on charts; pure functions. */
public final class ScenarioEvents {
    private ScenarioEvents() {
    }

    /**
     * Start days of every NMDA-block dose, sorted.
     *
     * @param scenario the scenario
     * @return the days, empty if there is no NMDA block
     */
    public static List<Double> doseDays(Scenario scenario) {
        List<Double> days = new ArrayList<>();
        for (Treatment t : scenario.treatments()) {
            if (t instanceof NmdaBlock block) {
                days.addAll(block.days());
            }
        }
        days.sort(null);
        return List.copyOf(days);
    }

    /**
     * Every therapy session as an interval, sorted by start.
     *
     * @param scenario the scenario
     * @return the sessions, empty if there is no therapy
     */
    public static List<DayInterval> therapySessions(Scenario scenario) {
        List<DayInterval> sessions = new ArrayList<>();
        for (TherapySchedule t : scenario.therapy()) {
            for (int i = 0; i < t.count(); i++) {
                double from = t.firstDay() + i * t.everyDays();
                sessions.add(new DayInterval(from, from + t.durationHours() / 24));
            }
        }
        sessions.sort((a, b) -> Double.compare(a.fromDay(), b.fromDay()));
        return List.copyOf(sessions);
    }

    /**
     * The monoaminergic (SSRI-like) courses.
     *
     * @param scenario the scenario
     * @return the courses in the order of the scenario's treatments
     */
    public static List<DayInterval> monoaminergicCourses(Scenario scenario) {
        List<DayInterval> courses = new ArrayList<>();
        for (Treatment t : scenario.treatments()) {
            if (t instanceof Monoaminergic m) {
                courses.add(new DayInterval(m.fromDay(), m.toDay()));
            }
        }
        return List.copyOf(courses);
    }

    /**
     * The first day on which a drug or therapy starts, if any does.
     *
     * @param scenario the scenario
     * @return the day, or empty if there is no treatment
     */
    public static OptionalDouble firstTreatmentDay(Scenario scenario) {
        double first = Double.POSITIVE_INFINITY;
        for (Double d : doseDays(scenario)) {
            first = Math.min(first, d);
        }
        for (DayInterval c : monoaminergicCourses(scenario)) {
            first = Math.min(first, c.fromDay());
        }
        for (TherapySchedule t : scenario.therapy()) {
            first = Math.min(first, t.firstDay());
        }
        return first == Double.POSITIVE_INFINITY ? OptionalDouble.empty() : OptionalDouble.of(first);
    }

    /**
     * The day the last drug or therapy ends (a dose on its day, a course or session at its
     * end), if there is any treatment.
     *
     * @param scenario the scenario
     * @return the day, or empty if there is no treatment
     */
    public static OptionalDouble lastTreatmentDay(Scenario scenario) {
        double last = Double.NEGATIVE_INFINITY;
        for (Double d : doseDays(scenario)) {
            last = Math.max(last, d);
        }
        for (DayInterval c : monoaminergicCourses(scenario)) {
            last = Math.max(last, c.toDay());
        }
        for (DayInterval session : therapySessions(scenario)) {
            last = Math.max(last, session.toDay());
        }
        return last == Double.NEGATIVE_INFINITY ? OptionalDouble.empty() : OptionalDouble.of(last);
    }
}
