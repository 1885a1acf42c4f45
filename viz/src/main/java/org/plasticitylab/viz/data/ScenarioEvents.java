package org.plasticitylab.viz.data;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.scenario.TherapySchedule;
import org.plasticitylab.scenario.Timeline;
import org.plasticitylab.scenario.TreatmentEvent;

/** What happens when in a scenario, in days, for markers on charts; pure functions. */
public final class ScenarioEvents {
    private ScenarioEvents() {
    }

    /**
     * Start days of every dose of every treatment, sorted.
     *
     * @param scenario the scenario
     * @return the days, empty if no treatment gives doses
     */
    public static List<Double> doseDays(Scenario scenario) {
        return new Timeline(scenario).doseDays();
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
     * The courses taken daily over a span (such as the SSRI-like one).
     *
     * @param scenario the scenario
     * @return the courses, sorted by start
     */
    public static List<DayInterval> courses(Scenario scenario) {
        return new Timeline(scenario).events().stream()
                .filter(e -> e.kind() == TreatmentEvent.Kind.COURSE)
                .map(e -> new DayInterval(e.day(), e.endDay())).toList();
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
        for (DayInterval c : courses(scenario)) {
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
        for (DayInterval c : courses(scenario)) {
            last = Math.max(last, c.toDay());
        }
        for (DayInterval session : therapySessions(scenario)) {
            last = Math.max(last, session.toDay());
        }
        return last == Double.NEGATIVE_INFINITY ? OptionalDouble.empty() : OptionalDouble.of(last);
    }
}
