package org.plasticitylab.explain;

import static org.plasticitylab.explain.Numbers.num;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.plasticitylab.metrics.Column;
import org.plasticitylab.metrics.Improvement;
import org.plasticitylab.metrics.Summary;
import org.plasticitylab.sim.Result;

/**
 * What the therapy and the drugs changed: the improvement {@code f} and positive recall at the
 * end of the induction course and at the end of the run, with the response and the relapse,
 * against the same scenario without its therapy and without its drugs. Read at both times
 * because they tell different stories: at the end of the course the drug's effect shows, at the
 * end of the run whether it lasted.
 */
final class CounterfactualFinding {
    private CounterfactualFinding() {
    }

    static Finding of(StoryNumbers story, Result run, List<Counterfactual> counterfactuals) {
        double endDay = run.summary().endDay();
        double courseDay = Math.min(story.courseEndDay(), endDay);
        Map<String, Double> numbers = new LinkedHashMap<>();
        numbers.put("course_read_day", courseDay);
        numbers.put("end_day", endDay);
        Reading as = new Reading(story, run, courseDay, endDay);
        as.put(numbers, "");
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "What-ifs: the same"
                + " run with one part taken away, read at the end of the induction course (day"
                + " %s) and at the end of the run (day %s). As run, improvement f is %s and %s"
                + " (positive recall %s and %s), with %s.", num(courseDay), num(endDay),
                num(as.fCourse), num(as.fEnd), num(as.recallCourse), num(as.recallEnd),
                outcome(StoryNumbers.of(run))));
        for (Counterfactual c : counterfactuals) {
            String key = c.kind().name().toLowerCase(Locale.ROOT);
            Reading other = new Reading(story, c.result(), courseDay, endDay);
            other.put(numbers, "_" + key);
            numbers.put("difference_course_" + key, as.recallCourse - other.recallCourse);
            numbers.put("difference_end_" + key, as.recallEnd - other.recallEnd);
            numbers.put("improvement_difference_course_" + key, as.fCourse - other.fCourse);
            numbers.put("improvement_difference_end_" + key, as.fEnd - other.fEnd);
            StoryNumbers its = StoryNumbers.of(c.result());
            putCourse(numbers, its, key);
            String words = c.kind().words();
            text.append(String.format(Locale.ROOT, " %s f would be %s (%s) and %s (%s),"
                            + " positive recall %s and %s, with %s.",
                    Character.toUpperCase(words.charAt(0)) + words.substring(1), num(other.fCourse),
                    change(other.fCourse - as.fCourse), num(other.fEnd),
                    change(other.fEnd - as.fEnd), num(other.recallCourse),
                    num(other.recallEnd), outcome(its)));
        }
        return new Finding("counterfactual", text.toString(), numbers);
    }

    /** The response and relapse of a run, e.g. "a response on day 43 and no relapse by day 84". */
    private static String outcome(StoryNumbers story) {
        Summary s = story.summary();
        if (!s.responded()) {
            return "no response";
        }
        String response = "a response on day " + num(s.responseDay());
        if (!story.relapsed()) {
            return response + " and no relapse by day " + num(story.lastDay());
        }
        return response + " and a relapse on day " + num(s.relapseDay()) + ", "
                + RecoveryFinding.days(s.daysToRelapse()) + " after " + story.lastEvent();
    }

    private static void putCourse(Map<String, Double> numbers, StoryNumbers its, String key) {
        Summary s = its.summary();
        numbers.put("responded_" + key, s.responded() ? 1.0 : 0.0);
        numbers.put("response_day_" + key, s.responseDay());
        numbers.put("peak_improvement_" + key, s.peakImprovement());
        numbers.put("days_improved_" + key, s.daysImproved());
        numbers.put("relapse_day_" + key, s.relapseDay());
        numbers.put("days_to_relapse_" + key, s.daysToRelapse());
    }

    /** How a what-if differs from the run as it ran: "0.097 lower", "no difference". */
    private static String change(double d) {
        if (num(d).equals("0")) {
            return "no difference";
        }
        return num(Math.abs(d)) + (d < 0 ? " lower" : " higher");
    }

    /**
     * One run read at both times, its improvement against the main run's pre-treatment time so
     * that the runs share one baseline.
     */
    private static final class Reading {
        final double fCourse;
        final double fEnd;
        final double recallCourse;
        final double recallEnd;

        Reading(StoryNumbers main, Result r, double courseDay, double endDay) {
            Improvement f = Improvement.of(r.series(), main.course().preHours());
            fCourse = f.atHours(courseDay * 24);
            fEnd = f.atHours(endDay * 24);
            recallCourse = r.series().valueAt(Column.POSITIVE_RECALL, courseDay * 24);
            recallEnd = r.series().valueAt(Column.POSITIVE_RECALL, endDay * 24);
        }

        /** Puts the four readings, each name ending in {@code suffix}. */
        void put(Map<String, Double> numbers, String suffix) {
            numbers.put("positive_recall_course" + suffix, recallCourse);
            numbers.put("positive_recall_end" + suffix, recallEnd);
            numbers.put("improvement_course" + suffix, fCourse);
            numbers.put("improvement_end" + suffix, fEnd);
        }
    }
}
