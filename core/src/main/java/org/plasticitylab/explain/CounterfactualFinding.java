package org.plasticitylab.explain;

import static org.plasticitylab.explain.Numbers.num;
import static org.plasticitylab.explain.Numbers.signed;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.plasticitylab.metrics.Column;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.scenario.TherapySchedule;
import org.plasticitylab.scenario.Treatment;
import org.plasticitylab.sim.Result;

/**
 * What the therapy and the drugs changed: positive recall at the end of the course and at the
 * end of the run, against the same scenario without its therapy and without its drugs.
 */
final class CounterfactualFinding {
    /**
     * Days after the last dose or session at which the course's effect is read: the first
     * probes after the course, as in target 5 of the model (course ends day 54, read day 56).
     */
    static final double COURSE_READ_DAYS = 2;

    private CounterfactualFinding() {
    }

    /** The day the course's effect is read, within the run. */
    static double courseReadDay(Scenario s, double endDay) {
        double last = s.treatments().stream().mapToDouble(Treatment::lastDay).max().orElse(0);
        last = Math.max(last, s.therapy().stream().mapToDouble(TherapySchedule::lastDay).max()
                .orElse(0));
        return Math.min(last + COURSE_READ_DAYS, endDay);
    }

    static Finding of(Result run, List<Counterfactual> counterfactuals) {
        double endDay = run.summary().endDay();
        double courseDay = courseReadDay(run.scenario(), endDay);
        Map<String, Double> numbers = new LinkedHashMap<>();
        numbers.put("course_read_day", courseDay);
        numbers.put("end_day", endDay);
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "Two days after the course (day %s) positive recall is %s", num(courseDay),
                num(recall(run, courseDay))));
        numbers.put("positive_recall_course", recall(run, courseDay));
        appendComparisons(text, numbers, run, counterfactuals, courseDay, "course");
        text.append(String.format(Locale.ROOT, ". At the end (day %s) it is %s",
                num(endDay), num(recall(run, endDay))));
        numbers.put("positive_recall_end", recall(run, endDay));
        appendComparisons(text, numbers, run, counterfactuals, endDay, "end");
        return new Finding("counterfactual", text.append('.').toString(), numbers);
    }

    private static void appendComparisons(StringBuilder text, Map<String, Double> numbers,
            Result run, List<Counterfactual> counterfactuals, double day, String when) {
        for (Counterfactual c : counterfactuals) {
            double other = recall(c.result(), day);
            double difference = recall(run, day) - other;
            text.append(String.format(Locale.ROOT, "; %s it would be %s (%s)",
                    c.kind().words(), num(other),
                    num(difference).equals("0") ? "no difference" : signed(difference)));
            String key = c.kind().name().toLowerCase(Locale.ROOT);
            numbers.put("positive_recall_" + when + "_" + key, other);
            numbers.put("difference_" + when + "_" + key, difference);
        }
    }

    private static double recall(Result r, double day) {
        return r.series().valueAt(Column.POSITIVE_RECALL, day * 24);
    }
}
