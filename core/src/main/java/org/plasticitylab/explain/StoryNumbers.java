package org.plasticitylab.explain;

import static org.plasticitylab.explain.Numbers.num;

import java.util.List;
import org.plasticitylab.metrics.Course;
import org.plasticitylab.metrics.Improvement;
import org.plasticitylab.metrics.Summary;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.scenario.Timeline;
import org.plasticitylab.sim.Result;

/**
 * The story numbers of a run in plain words, in story order: the response and its day, the peak
 * improvement, the days improved, the relapse, the days to relapse, and the improvement at the
 * end of the induction course and at the end of the run (MODEL.md, "Targets"). The printed
 * tables, the HTML report and the narrative all use it, so they say the same in the same words.
 */
public final class StoryNumbers {
    private final Summary summary;
    private final Course course;
    private final Improvement improvement;
    private final boolean treated;
    private final String lastEvent;

    /**
     * One line of the story.
     *
     * @param label what is measured, e.g. "response (f >= 0.5)"
     * @param value its value in words, e.g. "yes, day 43"
     */
    public record Line(String label, String value) {
    }

    private StoryNumbers(Summary summary, Course course, Improvement improvement,
            boolean treated, String lastEvent) {
        this.summary = summary;
        this.course = course;
        this.improvement = improvement;
        this.treated = treated;
        this.lastEvent = lastEvent;
    }

    /**
     * The story numbers of a run, read against its scenario's treatment course.
     *
     * @param result the run
     * @return its story numbers
     */
    public static StoryNumbers of(Result result) {
        Scenario s = result.scenario();
        Course course = new Timeline(s).course();
        boolean doses = !new Timeline(s).doseDays().isEmpty();
        String lastEvent = doses ? "the last dose" : !s.therapy().isEmpty() ? "the last session"
                : !s.treatments().isEmpty() ? "the start of treatment" : "the change of stress";
        return new StoryNumbers(result.summary(), course,
                Improvement.of(result.series(), course.preHours()),
                !s.treatments().isEmpty() || !s.therapy().isEmpty(), lastEvent);
    }

    /**
     * What the improvement {@code f} compares, e.g. "improvement f: 0 = the mood just before the
     * first treatment on day 42, 1 = the healthy mood of day 0".
     *
     * @return one line of words
     */
    public String legend() {
        return "improvement f: 0 = the mood just before " + (treated ? "the first treatment"
                : "the stress changes") + " on day " + num(preDay()) + ", 1 = the healthy mood"
                + " of day 0";
    }

    /**
     * The story, one line per number: response, peak improvement, days improved, relapse, days
     * to relapse, improvement at the end of the course and at the end of the run.
     *
     * @return seven lines
     */
    public List<Line> lines() {
        Summary s = summary;
        return List.of(new Line("response (f >= 0.5)", s.responded()
                        ? "yes, day " + num(s.responseDay()) : "no"),
                new Line("peak improvement", Double.isNaN(s.peakImprovement()) ? "n/a"
                        : num(s.peakImprovement()) + ", day " + num(s.peakImprovementDay())),
                new Line("days improved (f >= 0.5)", num(s.daysImproved()) + " of "
                        + num(probeDays())),
                new Line("relapse (7 days f < 0.5)", !s.responded() ? "n/a (no response)"
                        : relapsed() ? "day " + num(s.relapseDay())
                        : "none by day " + num(lastDay())),
                new Line("days to relapse", !s.responded() ? "n/a"
                        : relapsed() ? num(s.daysToRelapse())
                        : "none in " + num(daysWellAfterLastEvent()) + " days"),
                new Line("improvement, end of course", !treated ? "n/a (no treatment)"
                        : Double.isNaN(s.improvementEndOfCourse())
                        ? "not reached (day " + num(courseEndDay()) + ")"
                        : num(s.improvementEndOfCourse()) + ", day " + num(courseEndDay())),
                new Line("improvement, end of run", num(s.improvementEnd()) + ", day "
                        + num(lastDay())));
    }

    /**
     * Whether there is a recovery to read: the run has a treatment, or its stress changes.
     *
     * @return false for a run without treatment whose stress never changes
     */
    public boolean applies() {
        return treated || course.preHours() > 0;
    }

    /** The outcomes the lines are read from. */
    Summary summary() {
        return summary;
    }

    /** The course the recovery is read against. */
    Course course() {
        return course;
    }

    /** Whether the run had any treatment or therapy. */
    boolean treated() {
        return treated;
    }

    /** The mood index on day 0. */
    double healthyMood() {
        return improvement.healthy();
    }

    /** The mood index the improvement starts from. */
    double preMood() {
        return improvement.pre();
    }

    /** What the improvement counts from: "the first treatment" or "the change of stress". */
    String start() {
        return treated ? "the first treatment" : "the change of stress";
    }

    /** The day of the pre-treatment mood. */
    double preDay() {
        return course.preHours() / 24;
    }

    /** The last day of the induction course (its last event plus three days). */
    double courseEndDay() {
        return course.courseEndHours() / 24;
    }

    /** The last whole day of the run. */
    double lastDay() {
        return improvement.lastDay();
    }

    /** Daily probes from the first treatment to the end, the days that can count as improved. */
    double probeDays() {
        return Math.max(0, lastDay() - Math.ceil(preDay()) + 1);
    }

    /** Whether the run relapsed after its response. */
    boolean relapsed() {
        return !Double.isNaN(summary.relapseDay());
    }

    /**
     * What a relapse counts its days from, in words: "the last dose", "the last session", "the
     * start of treatment" or "the change of stress".
     */
    String lastEvent() {
        return lastEvent;
    }

    /** Days from the last dose (or session) to the end of the run. */
    double daysWellAfterLastEvent() {
        return lastDay() - course.lastEventAtOrBefore(lastDay() * 24) / 24;
    }
}
